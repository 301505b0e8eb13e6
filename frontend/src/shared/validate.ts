/**
 * Client-side checks for the application form. They mirror backend/model's
 * Validate so most mistakes are caught before a round trip; the backend still
 * has the last word and its errors land on the same fields.
 */
import { dayError, dayPattern } from './format';

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** isDate reports whether v is a real calendar date written YYYY-MM-DD. */
export function isDate(v: string): boolean {
  const m = datePattern.exec(v);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** isWebAddress reports whether v is an absolute http(s) URL with a host. */
export function isWebAddress(v: string): boolean {
  if (v.length > 2048) return false;
  try {
    const u = new URL(v);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '';
  } catch {
    return false;
  }
}

/** Longest company, title or location the backend accepts. */
export const maxShortText = 500;
/** Longest job description the backend accepts. */
export const maxLongText = 200_000;

/** requiredText checks a required short text field. */
export function requiredText(what: string) {
  return (v: string): string | null => {
    const t = v.trim();
    if (t === '') return `${what} is required`;
    if (t.length > maxShortText) return `${what} is too long (at most ${maxShortText} characters)`;
    return null;
  };
}

/** optionalURL checks the job URL field. */
export function optionalURL(v: string): string | null {
  const t = v.trim();
  if (t === '' || isWebAddress(t)) return null;
  return 'Enter a web address starting with https://';
}

/**
 * optionalDate checks a date field's value: "" or YYYY-MM-DD. Anything else is
 * text a DateField could not read, and the message is DateField's own
 * (dayError: what is wrong and the order to type it in).
 */
export function optionalDate(v: string): string | null {
  const t = v.trim();
  if (t === '' || isDate(t)) return null;
  return dayError(t) ?? `“${t}” is not a date: type it as ${dayPattern().placeholder} or YYYY-MM-DD, or pick it`;
}

/** utf8Length is the length of v in UTF-8 bytes, the unit of the backend's limits. */
export function utf8Length(v: string): number {
  let n = 0;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4; // a surrogate pair: one character of four bytes
      i++;
    } else n += 3;
  }
  return n;
}

/** sizeText writes a byte count the way the description's hint shows it ("151 KB"). */
export function sizeText(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1000))} KB`;
}

/** optionalLongText checks the job description against the backend's limit. */
export function optionalLongText(v: string): string | null {
  if (v.length <= maxLongText / 4) return null; // short enough whatever its characters
  const n = utf8Length(v);
  if (n <= maxLongText) return null;
  return `The job description is too long (${sizeText(n)}, at most ${sizeText(maxLongText)}): keep the parts you need`;
}
