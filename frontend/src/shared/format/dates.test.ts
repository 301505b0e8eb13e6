import { afterEach, describe, expect, it, vi } from 'vitest';

type Dates = typeof import('./dates');
type Locale = typeof import('./locale');

/**
 * load imports the module afresh with TZ set, so that its cached formatters
 * are built in that zone (Node re-reads TZ when it is assigned).
 */
async function load(tz: string, locale?: string): Promise<Dates> {
  vi.stubEnv('TZ', tz);
  vi.resetModules();
  const l: Locale = await import('./locale');
  l.setFormatLocale(locale);
  return import('./dates');
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

// Zones on both sides of UTC, far enough that a day read as UTC midnight
// (or local midnight shown in UTC) lands on the wrong day.
const zones = ['Pacific/Auckland', 'America/Los_Angeles', 'UTC'];

describe('days from Go ("YYYY-MM-DD")', () => {
  it.each(zones)('stay the day they name in %s', async (tz) => {
    const d = await load(tz, 'en-US');
    expect(new Date('2026-07-01T00:00:00').getTimezoneOffset()).toBe(
      tz === 'UTC' ? 0 : tz === 'Pacific/Auckland' ? -720 : 420,
    );
    expect(d.formatDate('2026-12-07')).toBe('Dec 7, 2026');
    expect(d.formatDate('2026-01-01')).toBe('Jan 1, 2026');
    expect(d.formatDateWeekday('2026-12-10')).toBe('Thu, Dec 10, 2026');
    expect(d.formatDateLong('2026-12-10')).toBe('Thursday, December 10, 2026');
    expect(d.formatMonthDay('2026-12-31')).toBe('Dec 31');
    expect(d.formatDateTime('2026-12-07')).toBe('Dec 7, 2026');
    expect(d.formatTime('2026-12-07')).toBe('');
    expect(d.addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(d.addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(d.daysBetween('2026-03-28', '2026-03-30')).toBe(2);
  });

  it('keep their day across a daylight-saving change', async () => {
    const d = await load('Europe/Berlin', 'en-GB');
    // 29 March 2026 has 23 hours in Berlin.
    expect(d.addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(d.addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(d.daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(d.daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(d.startOfDay('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z');
  });
});

describe('instants (RFC 3339)', () => {
  const t = '2026-12-07T22:39:10Z';

  it('show in the local zone: the next day in Auckland, the same day in Los Angeles', async () => {
    let d = await load('Pacific/Auckland', 'en-US');
    expect(d.formatDate(t)).toBe('Dec 8, 2026');
    expect(d.dayOf(t)).toBe('2026-12-08');
    expect(d.formatDateTime(t)).toBe('Dec 8, 2026, 11:39 AM');
    expect(d.formatTime(t)).toBe('11:39 AM');
    expect(d.today(new Date(t))).toBe('2026-12-08');

    d = await load('America/Los_Angeles', 'en-US');
    expect(d.formatDate(t)).toBe('Dec 7, 2026');
    expect(d.dayOf(t)).toBe('2026-12-07');
    expect(d.formatDateTime(t)).toBe('Dec 7, 2026, 2:39 PM');
    expect(d.formatDateTimeWeekday(t)).toBe('Mon, Dec 7, 2026, 2:39 PM');
    // ICU puts thin and narrow no-break spaces around the dash and before PM.
    expect(d.formatTimeRange(t, '2026-12-07T23:39:10Z').replace(/[\u2009\u202f]/g, ' ')).toBe('2:39 – 3:39 PM');
    expect(d.formatTimeRange(t, t)).toBe('2:39 PM');
    expect(d.startOfDay('2026-12-07').toISOString()).toBe('2026-12-07T08:00:00.000Z');
  });
});

describe('two locales', () => {
  it('follow the locale’s words and order in German', async () => {
    const d = await load('Europe/Berlin', 'de-DE');
    expect(d.formatDate('2026-12-07')).toBe('07.12.2026');
    expect(d.formatDateLong('2026-12-10')).toBe('Donnerstag, 10. Dezember 2026');
    expect(d.formatDateTime('2026-12-07T13:39:10Z')).toBe('07.12.2026, 14:39');
    expect(d.formatTime('2026-12-07T13:39:10Z')).toBe('14:39');
  });

  it('follow the locale in British English (day first, 24-hour clock)', async () => {
    const d = await load('Europe/London', 'en-GB');
    expect(d.formatDate('2026-12-07')).toBe('7 Dec 2026');
    expect(d.formatDateWeekday('2026-12-10')).toBe('Thu, 10 Dec 2026');
    expect(d.formatDateTime('2026-12-07T14:39:10Z')).toBe('7 Dec 2026, 14:39');
  });

  it('keep relative words in the page’s language (English) whatever the locale', async () => {
    const d = await load('Europe/Berlin', 'de-DE');
    expect(d.relativeDay('2026-12-04', '2026-12-07')).toBe('3 days ago');
    expect(d.dayHeading('2026-12-08', '2026-12-07')).toBe('Tomorrow');
    expect(d.dayHeading('2026-12-10', '2026-12-07')).toBe('Donnerstag, 10. Dezember 2026');
  });
});

describe('relative days', () => {
  it('say today, yesterday, tomorrow, n days ago and in n days, then the date', async () => {
    const d = await load('America/Los_Angeles', 'en-US');
    const from = '2026-12-07';
    expect(d.relativeDay('2026-12-07', from)).toBe('today');
    expect(d.relativeDay('2026-12-06', from)).toBe('yesterday');
    expect(d.relativeDay('2026-12-08', from)).toBe('tomorrow');
    expect(d.relativeDay('2026-12-04', from)).toBe('3 days ago');
    expect(d.relativeDay('2026-12-12', from)).toBe('in 5 days');
    expect(d.relativeDay('2027-03-01', from)).toBe('Mar 1, 2027');
    // An instant counts by its local day: 02:00 UTC on the 8th is the 7th in Los Angeles.
    expect(d.relativeDay('2026-12-08T02:00:00Z', from)).toBe('today');
    expect(d.dayHeading('2026-12-07', from)).toBe('Today');
    expect(d.dayHeading('2026-12-06', from)).toBe('Yesterday');
  });
});

describe('what cannot be read', () => {
  it('stays as it is, and empty stays empty', async () => {
    const d = await load('UTC', 'en-US');
    expect(d.formatDate('')).toBe('');
    expect(d.formatDateTime('')).toBe('');
    expect(d.formatDate('next week')).toBe('next week');
    expect(d.relativeDay('', '2026-12-07')).toBe('');
    expect(d.formatDate('2026-02-30')).toBe('2026-02-30');
    expect(d.isDay('2026-02-30')).toBe(false);
    expect(d.isDay('2024-02-29')).toBe(true);
    expect(d.dayOf('garbage')).toBe('');
    expect(d.addDays('garbage', 1)).toBe('');
    expect(d.formatTimeRange('x', 'y')).toBe('');
  });
});
