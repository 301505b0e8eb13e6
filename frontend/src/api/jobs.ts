/**
 * Typed calls to the job reader (service.Applications.ReadPosting,
 * ReadPostingFile and ReadLink): a pasted or dropped job posting, or a link
 * to one, becomes drafts the Add form shows prefilled. Nothing is saved by
 * these calls.
 */
import * as bound from '../../wailsjs/go/service/Applications';
import type { service } from '../../wailsjs/go/models';
import { call, orEmpty } from './backend';
import { salary } from './normalize';
import { obj, str, type Assert, type SameFields } from './read';
import type { Remote, Salary } from './types';

/** JobDraft is one job the reader found in a posting. */
export interface JobDraft {
  title: string;
  company: string;
  location: string;
  remote: Remote;
  salary: Salary;
  /** Clean text or Markdown, never HTML. */
  description: string;
  url: string;
  /** The posting's valid-through date, YYYY-MM-DD or ''. */
  deadline: string;
  /** How the reader read the posting: "JSON-LD", "page text", "pasted text"… (for the whole posting, not per field). */
  from: string;
  /**
   * Where each filled field came from, by field name ("title", "salary", "deadline"…): "JSON-LD",
   * "Greenhouse API", "page title", "text", "URL"…; no entry for an empty field.
   */
  sources?: Record<string, string>;
}

const remotes: ReadonlySet<string> = new Set(['onsite', 'hybrid', 'remote']);

/** draft fills a possibly partial draft from the backend. */
export function draft(x: unknown): JobDraft {
  const d = obj(x);
  const remote = str(d.remote);
  return {
    title: str(d.title),
    company: str(d.company),
    location: str(d.location),
    remote: (remotes.has(remote) ? remote : '') as Remote,
    salary: salary(d.salary),
    description: str(d.description),
    url: str(d.url),
    deadline: str(d.deadline),
    from: str(d.from),
    sources: sourcesOf(d.sources),
  };
}

/** sourcesOf reads the per-field sources, keeping only non-empty strings. */
function sourcesOf(x: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(obj(x))) if (typeof v === 'string' && v.trim() !== '') out[k] = v.trim();
  return out;
}

/** The kinds of file a posting may be dropped as. */
export const postingExtensions: readonly string[] = ['.html', '.htm', '.mhtml', '.txt', '.md', '.markdown'];

/** isPostingFile reports whether a dropped path is a kind of file readPostingFile reads. */
export function isPostingFile(path: string): boolean {
  const p = path.toLowerCase();
  return postingExtensions.some((e) => p.endsWith(e));
}

/**
 * readPosting reads pasted text or HTML (pageURL: where it came from, or '').
 * A posting without a job rejects with an ApiError 'not_found' on field
 * 'posting' whose message says why.
 */
export async function readPosting(text: string, pageURL = ''): Promise<JobDraft[]> {
  const r = await call(() => bound.ReadPosting(text, pageURL));
  return orEmpty(r).map(draft);
}

/**
 * readLink fetches a job page (or, for a known ATS host, its public API) at
 * the request of the user and reads it. A host that shows only a sign-in
 * wall, a timeout or a page without a job rejects with an ApiError whose
 * message says why and what to do instead.
 */
export async function readLink(rawURL: string): Promise<JobDraft[]> {
  const r = await call(() => bound.ReadLink(rawURL));
  return orEmpty(r).map(draft);
}

/** readPostingFile reads a posting file dropped on the window. */
export async function readPostingFile(path: string): Promise<JobDraft[]> {
  const r = await call(() => bound.ReadPostingFile(path));
  return orEmpty(r).map(draft);
}

/** Fails to compile when the generated JobDraft and the interface here differ in field names. */
export type JobsDriftChecks = [Assert<SameFields<service.JobDraft, JobDraft>>];
