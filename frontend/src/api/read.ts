/**
 * Tolerant readers for what the Go backend sends (Go's nil slices arrive as
 * null, missing fields as undefined), and the compile-time check that a
 * hand-written interface has the same fields as its generated model.
 */

/** obj reads an object, or {} for anything else. */
export const obj = (x: unknown): Record<string, unknown> =>
  x && typeof x === 'object' ? (x as Record<string, unknown>) : {};
/** str reads a string, or ''. */
export const str = (v: unknown): string => (typeof v === 'string' ? v : '');
/** num reads a finite number, or 0. */
export const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
/** strs reads a list of strings, dropping anything else. */
export const strs = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : [];
/** listOf reads a list with read, or [] for anything else. */
export const listOf = <T>(v: unknown, read: (x: unknown) => T): T[] => (Array.isArray(v) ? v.map(read) : []);

type Fields<T> = Exclude<keyof T, 'convertValues'>;
/** SameFields is true when A (a generated model) and B have the same field names. */
export type SameFields<A, B> = [Fields<A>] extends [keyof B] ? ([keyof B] extends [Fields<A>] ? true : false) : false;
/** Assert fails to compile unless T is true. */
export type Assert<T extends true> = T;
