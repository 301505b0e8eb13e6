/**
 * Typed calls to the job reader (service.Applications.ReadPosting,
 * ReadPostingFile and ReadLink): a pasted or dropped job posting, or a link
 * to one, becomes drafts the Add form shows prefilled. Nothing is saved by
 * these calls.
 */
import { call, goStruct } from './backend';
import type { JobDraft } from './generated';

export type { JobDraft } from './generated';

const bound = goStruct('service', 'Applications');

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
  return call(() => bound.ReadPosting(text, pageURL));
}

/**
 * readLink fetches a job page (or, for a known ATS host, its public API) at
 * the request of the user and reads it. A host that shows only a sign-in
 * wall, a timeout or a page without a job rejects with an ApiError whose
 * message says why and what to do instead.
 */
export async function readLink(rawURL: string): Promise<JobDraft[]> {
  return call(() => bound.ReadLink(rawURL));
}

/** readPostingFile reads a posting file dropped on the window. */
export async function readPostingFile(path: string): Promise<JobDraft[]> {
  return call(() => bound.ReadPostingFile(path));
}
