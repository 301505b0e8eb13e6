import dayjs from 'dayjs';

/** Day format of due dates and follow-ups. */
export const dayFormat = 'YYYY-MM-DD';

/** today is the local calendar day as YYYY-MM-DD. */
export function today(now: Date = new Date()): string {
  return dayjs(now).format(dayFormat);
}

/** addDays returns day (YYYY-MM-DD) plus n days. */
export function addDays(day: string, n: number): string {
  return dayjs(day).add(n, 'day').format(dayFormat);
}

/** dayOf reads the calendar day of a due value: a date, or an RFC 3339 time (local day). */
export function dayOf(due: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(due)) return due;
  const d = dayjs(due);
  return d.isValid() ? d.format(dayFormat) : '';
}

/** relative says when day is, seen from today: "today", "yesterday", "3 days ago", "tomorrow", "in 5 days", or the date. */
export function relative(day: string, from: string): string {
  if (!day) return 'no date';
  const n = dayjs(day).diff(dayjs(from), 'day');
  if (n === 0) return 'today';
  if (n === -1) return 'yesterday';
  if (n === 1) return 'tomorrow';
  if (n < 0 && n > -60) return `${-n} days ago`;
  if (n > 0 && n < 60) return `in ${n} days`;
  return dayjs(day).format('D MMM YYYY');
}
