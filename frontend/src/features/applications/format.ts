/** Display helpers for the applications list. */
import type { Outcome } from '../../api';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const dateFormatUTC = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

/** formatDay shows a "YYYY-MM-DD" day in the user's locale ("" stays empty). */
export function formatDay(day: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return day;
  return dateFormatUTC.format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))));
}

/** formatTime shows an RFC 3339 time as a local day. */
export function formatTime(t: string): string {
  if (!t) return '';
  const d = new Date(t);
  return Number.isNaN(d.getTime()) ? '' : dateFormat.format(d);
}

/** outcomeColor is the badge colour of an outcome. */
export function outcomeColor(o: Outcome): string {
  switch (o) {
    case 'accepted':
      return 'green';
    case 'rejected':
      return 'red';
    case 'withdrawn':
      return 'gray';
    case 'ghosted':
      return 'grape';
    case 'expired':
      return 'orange';
    default:
      return 'blue';
  }
}

/** outcomeLabel is the display name of an outcome. */
export function outcomeLabel(o: Outcome): string {
  return o.charAt(0).toUpperCase() + o.slice(1);
}
