/**
 * The detail form's edit state, so a save never undoes a change made
 * elsewhere (another window, the command line) and never loses the user's:
 *
 * - `saved` is what is stored, as last read;
 * - `origin` is, per field, the stored value the user's edit started from;
 * - `values` is what the inputs hold.
 *
 * A field is changed when its values differ from its origin; only changed
 * fields are sent, each with its origin as the base the backend checks. A
 * changed field whose stored value moved away from its origin (a reload
 * brought it, or the backend refused the save) is a conflict: the user keeps
 * theirs (the origin moves to the stored value) or takes the stored one.
 * Fields the user did not touch simply follow what is stored.
 */
import type { applications, Salary } from '../../api';
import { splitTags, type FieldValues } from './fields';
import { toMinor } from '../../shared/format';

/** A backend field the form edits (the description has its own editor). */
export type FormField = Exclude<applications.EditableField, 'description'>;

type ApplicationChanges = applications.ApplicationChanges;

/** The inputs of each backend field: the four salary inputs make one. */
export const inputsOf: Record<FormField, readonly (keyof FieldValues)[]> = {
  company: ['company'],
  title: ['title'],
  url: ['url'],
  location: ['location'],
  remote: ['remote'],
  salary: ['salaryMin', 'salaryMax', 'currency', 'period'],
  source: ['source'],
  dateApplied: ['dateApplied'],
  deadline: ['deadline'],
  followUp: ['followUp'],
  priority: ['priority'],
  tags: ['tags'],
};

/** Every form field, in the form's order. */
export const formFields = Object.keys(inputsOf) as FormField[];

/** The edit state; see the top of this file. */
export interface EditState {
  saved: FieldValues;
  origin: FieldValues;
  values: FieldValues;
}

/** same reports whether a and b agree on every input of field f. */
export function same(f: FormField, a: FieldValues, b: FieldValues): boolean {
  return inputsOf[f].every((k) => a[k] === b[k]);
}

function copy(f: FormField, from: FieldValues, to: FieldValues): FieldValues {
  const out = { ...to };
  for (const k of inputsOf[f]) (out as Record<string, string>)[k] = from[k];
  return out;
}

/** fresh is the state of a form showing v, unchanged. */
export function fresh(v: FieldValues): EditState {
  return { saved: v, origin: v, values: v };
}

/** changed lists the fields the user changed. */
export function changed(s: EditState): FormField[] {
  return formFields.filter((f) => !same(f, s.values, s.origin));
}

/** conflicts lists the changed fields whose stored value moved away from where the edit started. */
export function conflicts(s: EditState): FormField[] {
  return changed(s).filter((f) => !same(f, s.saved, s.origin) && !same(f, s.values, s.saved));
}

/**
 * arrive takes newly read stored values: unchanged fields follow them, a
 * changed field keeps the user's text and its origin (so a difference shows
 * as a conflict), unless the stored value is already what the user typed.
 */
export function arrive(s: EditState, next: FieldValues): EditState {
  let { origin, values } = s;
  for (const f of formFields) {
    if (same(f, values, origin) || same(f, values, next)) {
      origin = copy(f, next, origin);
      values = copy(f, next, values);
    }
  }
  return { saved: next, origin, values };
}

/**
 * settle takes the values a save returned. Fields the user did not type in
 * during the call show them; fields they did keep their text, now based on
 * the saved value.
 */
export function settle(s: EditState, submitted: FieldValues, out: FieldValues): EditState {
  let values = s.values;
  for (const f of formFields) if (same(f, values, submitted)) values = copy(f, out, values);
  return { saved: out, origin: out, values };
}

/** keepMine resolves a conflict for the user's value: it will overwrite the stored one. */
export function keepMine(s: EditState, f: FormField): EditState {
  return { ...s, origin: copy(f, s.saved, s.origin) };
}

/** takeTheirs resolves a conflict for the stored value, dropping the user's. */
export function takeTheirs(s: EditState, f: FormField): EditState {
  return { ...s, origin: copy(f, s.saved, s.origin), values: copy(f, s.saved, s.values) };
}

/** discard drops every edit. */
export function discard(s: EditState): EditState {
  return fresh(s.saved);
}

/**
 * backendValues turns inputs that came from the backend into its values,
 * without the checks toInput makes on what the user typed (both convert
 * the same way, so a value read and shown compares equal when sent back).
 */
export function backendValues(v: FieldValues): Required<Pick<ApplicationChanges, FormField>> {
  const currency = v.currency.trim().toUpperCase();
  const minor = (t: string) => {
    const r = toMinor(t, currency);
    return 'value' in r ? r.value : 0;
  };
  const salary: Salary = { min: minor(v.salaryMin), max: minor(v.salaryMax), currency, period: v.period };
  return {
    company: v.company.trim(),
    title: v.title.trim(),
    url: v.url.trim(),
    location: v.location.trim(),
    remote: v.remote,
    salary,
    source: v.source.trim(),
    dateApplied: v.dateApplied.trim(),
    deadline: v.deadline.trim(),
    followUp: v.followUp.trim(),
    priority: Number(v.priority) || 0,
    tags: splitTags(v.tags),
  };
}

/** pick keeps the fields fs of a. */
export function pick(a: ApplicationChanges, fs: readonly FormField[]): ApplicationChanges {
  const out: ApplicationChanges = {};
  for (const f of fs) (out as Record<string, unknown>)[f] = a[f];
  return out;
}
