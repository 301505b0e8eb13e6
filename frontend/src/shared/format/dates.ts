/**
 * Dates and times for people, in the page's locale (locale.ts).
 *
 * Go sends two kinds of values: calendar days as "YYYY-MM-DD" (date applied,
 * due dates) and instants as RFC 3339 ("2026-12-07T14:39:10Z"). A day is a day
 * everywhere: it is shown as written, never moved by the time zone (read as
 * local midnight, "2026-12-07" would show as Dec 6 west of UTC). An instant is
 * shown in the local time zone. Every function takes either kind (or a Date)
 * and returns "" for "", and the text unchanged when it cannot be read, so
 * nothing stored is hidden.
 */
import { dateFormat, relativeFormat } from './locale';

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A value that names a day or an instant: "YYYY-MM-DD", RFC 3339, or a Date. */
export type DateValue = string | Date;

/** isDay reports whether v is a real calendar day written YYYY-MM-DD. */
export function isDay(v: string): boolean {
  return dayParts(v) !== null;
}

/** dayParts splits a YYYY-MM-DD day into numbers (month 1-12), null when it is not a real day. */
export function dayParts(v: string): { year: number; month: number; day: number } | null {
  const m = dayPattern.exec(v);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(year, month - 1, day));
  if (t.getUTCFullYear() !== year || t.getUTCMonth() !== month - 1 || t.getUTCDate() !== day) return null;
  return { year, month, day };
}

/** dayText writes year, month (1-12) and day as YYYY-MM-DD (years below 1000 padded). */
export function dayText(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function utcDay(t: number): string {
  const d = new Date(t);
  return dayText(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

function localDay(d: Date): string {
  return dayText(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

/** today is the local calendar day of now, YYYY-MM-DD. */
export function today(now: Date = new Date()): string {
  return localDay(now);
}

/** dayOf is the calendar day of a value: a day as it is, an instant's local day; "" when unreadable. */
export function dayOf(value: DateValue): string {
  if (typeof value === 'string') {
    if (isDay(value)) return value;
    if (value.trim() === '' || dayPattern.test(value)) return '';
  }
  const d = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(d.getTime()) ? '' : localDay(d);
}

/** addDays is day (YYYY-MM-DD) plus n days (n may be negative); "" when day is not a day. */
export function addDays(day: string, n: number): string {
  const p = dayParts(day);
  return p ? utcDay(Date.UTC(p.year, p.month - 1, p.day + n)) : '';
}

/** daysBetween is the number of calendar days from one day to another (negative when to is earlier); NaN when unreadable. */
export function daysBetween(from: DateValue, to: DateValue): number {
  const a = dayParts(dayOf(from));
  const b = dayParts(dayOf(to));
  if (!a || !b) return NaN;
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}

/** startOfDay is local midnight of a day (YYYY-MM-DD) as a Date, for queries that take instants. */
export function startOfDay(day: string): Date {
  const p = dayParts(day);
  return p ? new Date(p.year, p.month - 1, p.day) : new Date(NaN);
}

/**
 * show formats a value: an instant in the local zone with options, a day with
 * dayOptions (a day has no time) in UTC, so that it stays the day it names.
 */
function show(
  value: DateValue,
  options: Intl.DateTimeFormatOptions,
  dayOptions: Intl.DateTimeFormatOptions = options,
): string {
  if (typeof value === 'string') {
    if (value.trim() === '') return '';
    const p = dayParts(value);
    if (p) return dateFormat({ ...dayOptions, timeZone: 'UTC' }).format(Date.UTC(p.year, p.month - 1, p.day));
    if (dayPattern.test(value)) return value; // "2026-02-30": Date would roll it over to March
  }
  const d = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(d.getTime())) return typeof value === 'string' ? value : '';
  return dateFormat(options).format(d);
}

/** formatDate shows the day of a value: "Dec 7, 2026" (en-US), "7 déc. 2026" (fr). */
export function formatDate(value: DateValue): string {
  return show(value, { dateStyle: 'medium' });
}

const weekdayDate: Intl.DateTimeFormatOptions = { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric' };

/** formatDateWeekday shows the day with a short weekday: "Thu, Dec 10, 2026". */
export function formatDateWeekday(value: DateValue): string {
  return show(value, weekdayDate);
}

/** formatDateLong shows the day in full, for headings: "Thursday, December 10, 2026". */
export function formatDateLong(value: DateValue): string {
  return show(value, { dateStyle: 'full' });
}

/** formatMonthDay shows the day without its year, for chart axes: "Dec 10". */
export function formatMonthDay(value: DateValue): string {
  return show(value, { month: 'short', day: 'numeric' });
}

/** formatDateTime shows an instant's local day and time: "Dec 7, 2026, 2:39 PM"; a day shows as formatDate. */
export function formatDateTime(value: DateValue): string {
  return show(value, { dateStyle: 'medium', timeStyle: 'short' }, { dateStyle: 'medium' });
}

/** formatDateTimeWeekday is formatDateTime with a short weekday: "Thu, Dec 10, 2026, 2:00 PM". */
export function formatDateTimeWeekday(value: DateValue): string {
  return show(value, { ...weekdayDate, hour: 'numeric', minute: '2-digit' }, weekdayDate);
}

/** formatTime shows an instant's local time of day: "2:39 PM" (en-US), "14:39" (de); "" for a day. */
export function formatTime(value: DateValue): string {
  if (typeof value === 'string' && isDay(value)) return '';
  return show(value, { timeStyle: 'short' });
}

/** formatTimeRange shows two instants' times as one range: "2:00 – 3:00 PM"; start alone when end is not after it. */
export function formatTimeRange(start: DateValue, end: DateValue): string {
  const s = typeof start === 'string' ? new Date(start) : start;
  const e = typeof end === 'string' ? new Date(end) : end;
  if (Number.isNaN(s.getTime())) return '';
  if (Number.isNaN(e.getTime()) || e.getTime() <= s.getTime()) return formatTime(s);
  return dateFormat({ timeStyle: 'short' }).formatRange(s, e);
}

/** How far away, in days, relativeDay still says "in 5 days" rather than the date. */
const relativeLimit = 60;

/**
 * relativeDay says when a day is, seen from today: "today", "yesterday",
 * "tomorrow", "3 days ago", "in 5 days", or the date (formatDate) when it is
 * two months or more away. "" stays "".
 */
export function relativeDay(value: DateValue, from: string = today()): string {
  const n = daysBetween(from, value);
  if (Number.isNaN(n)) return typeof value === 'string' ? value : '';
  if (Math.abs(n) >= relativeLimit) return formatDate(dayOf(value));
  return relativeFormat('auto').format(n, 'day');
}

/** dayHeading titles a day in a list: "Today", "Tomorrow", "Yesterday", else formatDateLong. */
export function dayHeading(value: DateValue, from: string = today()): string {
  const n = daysBetween(from, value);
  if (n >= -1 && n <= 1) {
    const w = relativeFormat('auto').format(n, 'day');
    return w.charAt(0).toUpperCase() + w.slice(1);
  }
  return formatDateLong(dayOf(value) || value);
}
