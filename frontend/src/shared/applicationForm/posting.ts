/**
 * What a job posting read by the backend fills in on the Add form, and the
 * marks that say which fields came from it.
 */
import type { JobDraft, Remote, Salary, Stage } from '../../api';
import { toMajor } from '../format';

/** The form fields a posting can fill. */
export type PostingField = 'company' | 'title' | 'url' | 'location' | 'remote' | 'description';

/** Prefill is what the form takes from the first job of a posting. */
export interface Prefill {
  /** The values to set, only for fields the posting states. */
  values: Partial<Record<PostingField, string>> & { remote?: Remote };
  /** Saved along though the form has no input for them (shown as a line of text). */
  salary: Salary | null;
  deadline: string;
  /** How the reader read the posting ("JSON-LD", "page text"…). */
  from: string;
  /** Where each filled field came from ("JSON-LD", "page title", "URL"…), by field name; '' entries are absent. */
  sources: Record<string, string>;
  /** How many jobs the posting held (the form shows the first). */
  count: number;
}

/** prefillOf turns the reader's drafts into what the form fills in; drafts holds at least one job. */
export function prefillOf(drafts: JobDraft[]): Prefill {
  const d = drafts[0];
  const values: Prefill['values'] = {};
  const fields: [Exclude<PostingField, 'remote'>, string][] = [
    ['company', d.company],
    ['title', d.title],
    ['url', d.url],
    ['location', d.location],
    ['description', d.description],
  ];
  for (const [k, v] of fields) if (v.trim() !== '') values[k] = v.trim();
  if (d.remote) values.remote = d.remote;
  const paid = d.salary.min > 0 || d.salary.max > 0;
  return {
    values,
    salary: paid ? d.salary : null,
    deadline: d.deadline,
    from: d.from,
    sources: d.sources,
    count: drafts.length,
  };
}

/** wishlistStage is the stage a job read from a posting goes to: "Wishlist", else the first stage. */
export function wishlistStage(stages: Stage[]): string {
  const w = stages.find((s) => s.name.trim().toLowerCase() === 'wishlist') ?? stages.at(0);
  return w ? String(w.id) : '';
}

const periods: Record<string, string> = { year: 'a year', month: 'a month', hour: 'an hour' };

/** salaryText writes a salary for the "also from the posting" line: "55,000–70,000 EUR a year". */
export function salaryText(s: Salary): string {
  const fmt = (minor: number) => Number(toMajor(minor, s.currency)).toLocaleString('en');
  const lo = s.min > 0 ? fmt(s.min) : '';
  const hi = s.max > 0 && s.max !== s.min ? fmt(s.max) : '';
  const range = lo && hi ? `${lo}–${hi}` : lo || hi;
  return [range, s.currency, periods[s.period] ?? ''].filter(Boolean).join(' ');
}

/**
 * hintFor is the small note under a field the posting filled, while the user has not changed it:
 * where that field came from ("From the posting (page title)"), else how the posting was read.
 */
export function hintFor(prefill: Prefill, field: PostingField, value: string): string | undefined {
  const v = prefill.values[field];
  if (v === undefined || v !== value) return undefined;
  const from = prefill.sources[field] || prefill.from;
  return from ? `From the posting (${from})` : 'From the posting';
}
