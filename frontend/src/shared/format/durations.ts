/**
 * Lengths of time for people: "18.6 days", "1.2 s", "in 12 minutes". Numbers
 * follow the page's locale (locale.ts); a no-break space joins a number to its
 * unit so that "18.6 days" never wraps between the two.
 */
import { numberFormat, relativeFormat } from './locale';

const nbsp = '\u00a0';

function unit(n: number, one: string, many: string, fractionDigits = 0): string {
  const text = numberFormat({ maximumFractionDigits: fractionDigits }).format(n);
  return `${text}${nbsp}${n === 1 ? one : many}`;
}

/** formatDays shows a number of days to one decimal ("1 day", "18.6 days", "under a day"); "–" when unknown (negative). */
export function formatDays(n: number): string {
  if (n < 0 || !Number.isFinite(n)) return '–';
  if (n < 1) return `under a${nbsp}day`;
  return unit(Math.round(n * 10) / 10, 'day', 'days', 1);
}

/** formatDayCount shows a whole number of days: "1 day", "12 days". */
export function formatDayCount(n: number): string {
  return unit(Math.round(n), 'day', 'days');
}

/**
 * formatDuration shows a measured duration: "340 ms", "1.2 s", "2 min 5 s",
 * "1 h 4 min"; 0 (not measured) and unreadable values are "".
 */
export function formatDuration(ms: number): string {
  if (!ms || !Number.isFinite(ms) || ms < 0) return '';
  if (ms < 1000) return `${numberFormat().format(Math.round(ms))}${nbsp}ms`;
  if (ms < 60_000) return `${numberFormat({ maximumFractionDigits: 1 }).format(Math.round(ms / 100) / 10)}${nbsp}s`;
  const s = Math.round(ms / 1000);
  if (s < 3600) {
    const rest = s % 60;
    return `${Math.floor(s / 60)}${nbsp}min` + (rest ? ` ${rest}${nbsp}s` : '');
  }
  const m = Math.round(s / 60);
  const rest = m % 60;
  return `${numberFormat().format(Math.floor(m / 60))}${nbsp}h` + (rest ? ` ${rest}${nbsp}min` : '');
}

/**
 * formatTimeUntil says how far off an instant is, for reminders: "now" (or
 * past), "in 1 minute", "in 12 minutes", "in 2 hours", "in 3 days".
 */
export function formatTimeUntil(start: string | Date, now: number = Date.now()): string {
  const t = typeof start === 'string' ? Date.parse(start) : start.getTime();
  const m = Math.round((t - now) / 60_000);
  if (!Number.isFinite(m) || m <= 0) return 'now';
  const words = relativeFormat('always');
  if (m < 90) return words.format(m, 'minute');
  const h = Math.round(m / 60);
  if (h < 36) return words.format(h, 'hour');
  return words.format(Math.round(h / 24), 'day');
}
