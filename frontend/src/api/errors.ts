/**
 * Errors from the Go backend. The service layer's Wails ErrorFormatter rejects
 * a call with `{code, field, message}`; older or unformatted paths reject with
 * a plain string. Both become an ApiError here so the UI handles one shape.
 */

/** Error codes the backend sends (backend/model/errors.go), plus "unavailable" when there is no backend at all. */
export type ErrorCode =
  | 'invalid'
  | 'not_found'
  | 'conflict'
  | 'newer_version'
  | 'corrupt'
  | 'unsupported'
  | 'unavailable'
  | 'canceled'
  | 'too_large'
  | 'internal'
  | 'unconfirmed';

const knownCodes: ReadonlySet<string> = new Set<ErrorCode>([
  'invalid',
  'not_found',
  'conflict',
  'newer_version',
  'corrupt',
  'unsupported',
  'unavailable',
  'canceled',
  'too_large',
  'internal',
  'unconfirmed',
]);

/** Longest message shown to the user; anything longer is cut (a backend bug should not flood the page). */
export const maxMessageLength = 2000;

/**
 * One field an edit and another writer both changed (a "conflict" error):
 * theirs is what is stored now, yours what the edit would have written, in
 * the backend's shape (a string, a number, a salary object...).
 */
export interface FieldConflict {
  field: string;
  theirs: unknown;
  yours: unknown;
}

/** A failed backend call: a code to react to, the field it concerns (if any) and a message for the user. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly field?: string;
  /** For a "conflict" about an edit made on an old copy: each field changed elsewhere, with both values. */
  readonly conflicts?: FieldConflict[];

  constructor(code: ErrorCode, message: string, field?: string, conflicts?: FieldConflict[]) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    if (field) this.field = field;
    if (conflicts && conflicts.length > 0) this.conflicts = conflicts;
  }
}

function clip(message: string): string {
  const m = message.trim();
  return m.length > maxMessageLength ? `${m.slice(0, maxMessageLength)}…` : m;
}

function codeOf(v: unknown): ErrorCode {
  return typeof v === 'string' && knownCodes.has(v) ? (v as ErrorCode) : 'internal';
}

function conflictsOf(v: unknown): FieldConflict[] {
  if (!Array.isArray(v)) return [];
  return v
    .filter(
      (c): c is Record<string, unknown> =>
        !!c && typeof c === 'object' && typeof (c as Record<string, unknown>).field === 'string',
    )
    .map((c) => ({ field: c.field as string, theirs: c.theirs, yours: c.yours }));
}

function fromObject(o: Record<string, unknown>): ApiError | undefined {
  if (typeof o.message !== 'string' || o.message.trim() === '') return undefined;
  const field = typeof o.field === 'string' && o.field !== '' ? o.field : undefined;
  return new ApiError(codeOf(o.code), clip(o.message), field, conflictsOf(o.conflicts));
}

/** fromJSON reads a JSON `{code, field, message}`, or returns undefined. */
function fromJSON(text: string): ApiError | undefined {
  if (!text.startsWith('{')) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed && typeof parsed === 'object' ? fromObject(parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined; // not JSON: the caller shows the text as it is
  }
}

// What String() makes of an object: Wails 2.16's runtime does `new Error(obj)`
// when the ErrorFormatter returns an object, and the fields are lost.
const unreadable = '[object Object]';

function fromText(text: string): ApiError {
  const s = text.trim();
  if (s === '') return new ApiError('internal', 'The backend reported an error without a message.');
  if (s === unreadable) return new ApiError('internal', 'The backend reported an error the page could not read.');
  return fromJSON(s) ?? new ApiError('internal', clip(s));
}

/**
 * toApiError turns whatever a rejected backend call produced into an ApiError.
 * Wails v2.16 rejects with `new Error(formatted)`, so the formatter's
 * `{code, field, message}` arrives as JSON in Error.message when the Go side
 * formats it as a JSON string; a plain object, a string, or anything else is
 * read too.
 */
export function toApiError(reason: unknown): ApiError {
  if (reason instanceof ApiError) return reason;
  if (typeof reason === 'string') return fromText(reason);
  if (reason instanceof Error) return fromText(reason.message);
  if (reason && typeof reason === 'object') {
    const e = fromObject(reason as Record<string, unknown>);
    if (e) return e;
  }
  return new ApiError('internal', 'The backend reported an unexpected error.');
}

/** isApiError reports whether e is an ApiError, optionally with the given code. */
export function isApiError(e: unknown, code?: ErrorCode): e is ApiError {
  return e instanceof ApiError && (code === undefined || e.code === code);
}
