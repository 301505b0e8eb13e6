/** The local date and time of an interview in its own time zone, for its form. */

/** systemZone is the computer's IANA time zone ("Europe/Berlin"), "" when the page cannot tell. */
export function systemZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || '';
  } catch {
    return '';
  }
}

/** timeZones lists the IANA zones to choose from, with the given ones first when missing. */
export function timeZones(...must: string[]): string[] {
  let all: string[] = [];
  try {
    all = Intl.supportedValuesOf('timeZone');
  } catch {
    all = [];
  }
  const extra = must.filter((z) => z && !all.includes(z));
  return [...extra, ...all];
}

/** localParts gives an instant's date (YYYY-MM-DD) and time (HH:MM) in zone ("" = the computer's). */
export function localParts(iso: string, zone: string): { date: string; time: string } {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return { date: '', time: '' };
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-US', {
      timeZone: zone || undefined,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).formatToParts(d);
  } catch {
    return localParts(iso, '');
  }
  const get = (t: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === t)?.value ?? '';
  return { date: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` };
}

/** minutesBetween is the whole minutes from start to end, 0 when either is not a time or end is not after start. */
export function minutesBetween(start: string, end: string): number {
  const m = Math.round((Date.parse(end) - Date.parse(start)) / 60_000);
  return Number.isFinite(m) && m > 0 ? m : 0;
}

/** isDate says s is a YYYY-MM-DD calendar date. */
export function isDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

/** isClock says s is a 24-hour HH:MM time of day. */
export function isClock(s: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(s);
}
