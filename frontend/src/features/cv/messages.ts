/**
 * Readable messages for the CV screens: backend errors start with a capital
 * and end with a full stop, and a failed import gets a title saying what
 * kind of failure it is.
 */
import { isApiError } from '../../api';

/** sentence capitalises the first letter and ends the text with a full stop. */
export function sentence(s: string): string {
  const t = s.trim();
  if (t === '') return t;
  const cap = t[0].toUpperCase() + t.slice(1);
  return /[.!?…]$/.test(cap) ? cap : `${cap}.`;
}

/** messageOf is the text to show for any rejection. */
export function messageOf(err: unknown): string {
  if (isApiError(err)) return sentence(err.message);
  if (err instanceof Error) return sentence(err.message);
  return 'Something went wrong.';
}

/** failureTitle says what kind of import failure an error code is. */
export function failureTitle(code: string): string {
  switch (code) {
    case 'too_large':
      return 'This file is too large';
    case 'unsupported':
      return 'Huntbook cannot read this file';
    case 'corrupt':
      return 'This file is damaged or unreadable';
    case 'not_found':
      return 'The file is not there';
    case 'invalid':
      return 'This file cannot be imported';
    default:
      return 'The CV could not be imported';
  }
}
