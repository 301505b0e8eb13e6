/**
 * Tolerant readers for what the Go backend sends (Go's nil slices arrive as
 * null, missing fields as undefined): for what is not a typed bound result,
 * such as event payloads and stored JSON text.
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
