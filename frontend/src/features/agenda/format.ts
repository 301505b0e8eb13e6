/** Formatting for the agenda: days, times, confidence and import counts. */
import dayjs from 'dayjs';
import type { calendar } from '../../api';

/** dayKey is the local calendar day of an RFC 3339 time (YYYY-MM-DD), "" when unreadable. */
export function dayKey(iso: string): string {
  const d = dayjs(iso);
  return d.isValid() ? d.format('YYYY-MM-DD') : '';
}

/** dayTitle names a day relative to now: "Today", "Tomorrow", else "Tuesday 3 March 2026". */
export function dayTitle(day: string, now: Date = new Date()): string {
  const n = dayjs(day).diff(dayjs(now).startOf('day'), 'day');
  if (n === 0) return 'Today';
  if (n === 1) return 'Tomorrow';
  return dayjs(day).format('dddd D MMMM YYYY');
}

/** timeRange is "14:00–15:00" (or "All day"). */
export function timeRange(start: string, end: string, allDay: boolean): string {
  if (allDay) return 'All day';
  const s = dayjs(start);
  const e = dayjs(end);
  if (!s.isValid()) return '';
  return e.isValid() && e.isAfter(s) ? `${s.format('HH:mm')}–${e.format('HH:mm')}` : s.format('HH:mm');
}

/** when is a full local date and time: "Tue 3 Mar 2026, 14:00". */
export function when(start: string, allDay = false): string {
  const s = dayjs(start);
  if (!s.isValid()) return 'unknown time';
  return allDay ? s.format('ddd D MMM YYYY') : s.format('ddd D MMM YYYY, HH:mm');
}

/** percent shows a 0..1 confidence as "85%". */
export function percent(confidence: number): string {
  return `${Math.round(Math.min(1, Math.max(0, confidence)) * 100)}%`;
}

/** groupByDay splits interviews (already sorted by start) into local days, in order. */
export function groupByDay(items: calendar.Interview[]): { day: string; items: calendar.Interview[] }[] {
  const out: { day: string; items: calendar.Interview[] }[] = [];
  const sorted = [...items].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  for (const iv of sorted) {
    const day = dayKey(iv.start);
    const last = out.at(-1);
    if (last && last.day === day) last.items.push(iv);
    else out.push({ day, items: [iv] });
  }
  return out;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** importSummary says what an .ics import did, in one sentence. */
export function importSummary(r: calendar.ICSImport): string {
  const parts = [
    `Read ${plural(r.read, 'event')}`,
    `skipped ${r.skipped}`,
    `${plural(r.interviews, 'interview')} recognised`,
    `${r.matched} matched to applications`,
  ];
  const saved = `${r.added} new, ${r.updated} already there` + (r.deleted ? `, ${r.deleted} cancelled removed` : '');
  return `${parts.join(', ')} (${saved}).`;
}

const count = new Intl.NumberFormat('en-US');

/** importLimits says, one sentence each, what an .ics import left out of recurring events and why. */
export function importLimits(r: calendar.ICSImport): string[] {
  const out: string[] = [];
  if (r.leftOut > 0) {
    out.push(
      `Left out ${count.format(r.leftOut)}${r.leftOutMore ? ' or more' : ''} ${r.leftOut === 1 && !r.leftOutMore ? 'repeat' : 'repeats'} of recurring interviews: ` +
        `one file adds at most ${count.format(r.occurrenceCap)}.`,
    );
  }
  if (r.notRepeated > 0) {
    out.push(
      r.notRepeated === 1
        ? '1 recurring event does not look like an interview: only its first date was imported.'
        : `${count.format(r.notRepeated)} recurring events do not look like interviews: only their first date was imported.`,
    );
  }
  return out;
}

/** syncSummary says what a Google sync did. */
export function syncSummary(r: calendar.SyncReport): string {
  return (
    `Received ${plural(r.received, 'event')}: ${r.added} new, ${r.updated} updated, ${r.deleted} removed; ` +
    `${plural(r.interviews, 'interview')}, ${r.matched} matched to applications` +
    (r.fullResync ? ' (full resync).' : '.')
  );
}
