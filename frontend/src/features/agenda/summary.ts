/** What the agenda says: interviews by day, confidence, and what an import or a sync did. */
import type { calendar } from '../../api';
import { dayOf, formatNumber, formatPercent, formatTimeRange } from '../../shared/format';

/** confidence shows a 0..1 confidence as a percentage ("85%"), held within 0 and 100. */
export function confidence(c: number): string {
  return formatPercent(Math.min(1, Math.max(0, c)));
}

/** interviewTime is an interview's time of day: "2:00 – 3:00 PM", or "All day". */
export function interviewTime(iv: Pick<calendar.Interview, 'start' | 'end' | 'allDay'>): string {
  return iv.allDay ? 'All day' : formatTimeRange(iv.start, iv.end);
}

/** groupByDay splits interviews (already sorted by start) into local days, in order. */
export function groupByDay(items: calendar.Interview[]): { day: string; items: calendar.Interview[] }[] {
  const out: { day: string; items: calendar.Interview[] }[] = [];
  const sorted = [...items].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  for (const iv of sorted) {
    const day = dayOf(iv.start);
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

/** importLimits says, one sentence each, what an .ics import left out of recurring events and why. */
export function importLimits(r: calendar.ICSImport): string[] {
  const out: string[] = [];
  if (r.leftOut > 0) {
    out.push(
      `Left out ${formatNumber(r.leftOut)}${r.leftOutMore ? ' or more' : ''} ${r.leftOut === 1 && !r.leftOutMore ? 'repeat' : 'repeats'} of recurring interviews: ` +
        `one file adds at most ${formatNumber(r.occurrenceCap)}.`,
    );
  }
  if (r.notRepeated > 0) {
    out.push(
      r.notRepeated === 1
        ? '1 recurring event does not look like an interview: only its first date was imported.'
        : `${formatNumber(r.notRepeated)} recurring events do not look like interviews: only their first date was imported.`,
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
