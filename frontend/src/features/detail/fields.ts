/**
 * The detail's editable fields as strings (what inputs hold) and back to an
 * application (what the backend takes), with the client-side checks that
 * mirror backend/model so most mistakes show before a round trip.
 */
import type { Application, ApplicationInput, Remote, Salary } from '../../api';
import { optionalDate, optionalURL, requiredText } from '../../shared/validate';
import { toMajor, toMinor } from '../../shared/format';

/** The text the inputs hold; keys are the backend's JSON field names (salary parts excepted). */
export interface FieldValues {
  company: string;
  title: string;
  url: string;
  location: string;
  remote: Remote;
  source: string;
  dateApplied: string;
  deadline: string;
  followUp: string;
  priority: string;
  /** Comma-separated. */
  tags: string;
  salaryMin: string;
  salaryMax: string;
  currency: string;
  period: Salary['period'];
}

/** A field of FieldValues, or "salary" for an error about the whole range. */
export type FieldKey = keyof FieldValues | 'salary';

/** Errors by field; "form" holds an error that names no field. */
export type FieldErrors = Partial<Record<FieldKey | 'form', string>>;

/** valuesOf fills the inputs from an application. */
export function valuesOf(a: Application): FieldValues {
  return {
    company: a.company,
    title: a.title,
    url: a.url,
    location: a.location,
    remote: a.remote,
    source: a.source,
    dateApplied: a.dateApplied,
    deadline: a.deadline,
    followUp: a.followUp,
    priority: String(a.priority),
    tags: a.tags.join(', '),
    salaryMin: toMajor(a.salary.min, a.salary.currency),
    salaryMax: toMajor(a.salary.max, a.salary.currency),
    currency: a.salary.currency,
    period: a.salary.period,
  };
}

/** splitTags turns "a, b,,c " into ["a", "b", "c"]. */
export function splitTags(v: string): string[] {
  return v
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t !== '');
}

const shortText = (what: string) => (v: string) =>
  v.trim().length > 500 ? `${what} is too long (at most 500 characters)` : null;

/**
 * toInput checks the values and builds the application to send, keeping what
 * the inputs do not hold (description, stage, outcome) from base. It returns
 * the errors instead when any check fails.
 */
export function toInput(base: Application, v: FieldValues): { input: ApplicationInput } | { errors: FieldErrors } {
  const errors: FieldErrors = {};
  const check = (k: FieldKey, msg: string | null) => {
    if (msg && !errors[k]) errors[k] = msg;
  };
  check('company', requiredText('Company')(v.company));
  check('title', requiredText('Job title')(v.title));
  check('url', optionalURL(v.url));
  check('location', shortText('Location')(v.location));
  check('source', shortText('Source')(v.source));
  for (const k of ['dateApplied', 'deadline', 'followUp'] as const) check(k, optionalDate(v[k]));
  const tags = splitTags(v.tags);
  if (tags.length > 50) check('tags', 'Too many tags (at most 50)');
  const long = tags.find((t) => t.length > 60);
  if (long) check('tags', `Tag "${long.slice(0, 20)}…" is too long (at most 60 characters)`);

  const currency = v.currency.trim().toUpperCase();
  const min = toMinor(v.salaryMin, currency);
  const max = toMinor(v.salaryMax, currency);
  if ('error' in min) check('salaryMin', min.error);
  if ('error' in max) check('salaryMax', max.error);
  const salary: Salary = {
    min: 'value' in min ? min.value : 0,
    max: 'value' in max ? max.value : 0,
    currency,
    period: v.period,
  };
  const hasAmount = salary.min > 0 || salary.max > 0;
  if (hasAmount && salary.max > 0 && salary.min > salary.max) check('salaryMax', 'The maximum is below the minimum');
  if (hasAmount && !/^[A-Z]{3}$/.test(currency)) check('currency', 'A three-letter code such as EUR or USD');
  if (hasAmount && salary.period === '') check('period', 'Choose year, month or hour');
  if (Object.keys(errors).length > 0) return { errors };

  return {
    input: {
      id: base.id,
      company: v.company.trim(),
      title: v.title.trim(),
      url: v.url.trim(),
      location: v.location.trim(),
      remote: v.remote,
      salary,
      source: v.source.trim(),
      description: base.description,
      dateApplied: v.dateApplied.trim(),
      deadline: v.deadline.trim(),
      followUp: v.followUp.trim(),
      priority: Number(v.priority) || 0,
      tags,
      stageId: base.stageId,
      outcome: base.outcome,
    },
  };
}
