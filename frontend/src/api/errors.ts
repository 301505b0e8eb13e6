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
  | 'internal';

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
]);

/** Longest message shown to the user; anything longer is cut (a backend bug should not flood the page). */
export const maxMessageLength = 2000;

/** A failed backend call: a code to react to, the field it concerns (if any) and a message for the user. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly field?: string;

  constructor(code: ErrorCode, message: string, field?: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    if (field) this.field = field;
  }
}

function clip(message: string): string {
  const m = message.trim();
  return m.length > maxMessageLength ? `${m.slice(0, maxMessageLength)}…` : m;
}

function codeOf(v: unknown): ErrorCode {
  return typeof v === 'string' && knownCodes.has(v) ? (v as ErrorCode) : 'internal';
}

function fromObject(o: Record<string, unknown>): ApiError | undefined {
  if (typeof o.message !== 'string' || o.message.trim() === '') return undefined;
  const field = typeof o.field === 'string' && o.field !== '' ? o.field : undefined;
  return new ApiError(codeOf(o.code), clip(o.message), field);
}

/**
 * toApiError turns whatever a rejected backend call produced into an ApiError:
 * the formatter's object, a JSON string of it, a plain string, an Error, or
 * anything else.
 */
export function toApiError(reason: unknown): ApiError {
  if (reason instanceof ApiError) return reason;
  if (typeof reason === 'string') {
    const s = reason.trim();
    if (s.startsWith('{')) {
      try {
        const parsed: unknown = JSON.parse(s);
        if (parsed && typeof parsed === 'object') {
          const e = fromObject(parsed as Record<string, unknown>);
          if (e) return e;
        }
      } catch {
        // not JSON: fall through and show the text as it is
      }
    }
    return new ApiError('internal', s === '' ? 'The backend reported an error without a message.' : clip(s));
  }
  if (reason && typeof reason === 'object') {
    const e = fromObject(reason as Record<string, unknown>);
    if (e) return e;
  }
  if (reason instanceof Error && reason.message) return new ApiError('internal', clip(reason.message));
  return new ApiError('internal', 'The backend reported an unexpected error.');
}

/** isApiError reports whether e is an ApiError, optionally with the given code. */
export function isApiError(e: unknown, code?: ErrorCode): e is ApiError {
  return e instanceof ApiError && (code === undefined || e.code === code);
}
