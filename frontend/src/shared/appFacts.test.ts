import { afterEach, describe, expect, it } from 'vitest';
import { setFormatLocale } from './format';
import { appliedAgo, daysSince, localDay, salaryShort, signalBadges } from './appFacts';

describe('daysSince and appliedAgo', () => {
  it('counts whole days across months and years', () => {
    expect(daysSince('2026-11-28', '2026-12-07')).toBe(9);
    expect(daysSince('2025-12-31', '2026-01-01')).toBe(1);
    expect(daysSince('', '2026-12-07')).toBeNull();
    expect(daysSince('7 Dec', '2026-12-07')).toBeNull();
  });
  it('says today, 1 day, n days, and nothing for no date or a future one', () => {
    expect(appliedAgo('2026-12-07', '2026-12-07')).toBe('today');
    expect(appliedAgo('2026-12-06', '2026-12-07')).toBe('1 day');
    expect(appliedAgo('2026-11-07', '2026-12-07')).toBe('30 days');
    expect(appliedAgo('', '2026-12-07')).toBe('');
    expect(appliedAgo('2026-12-09', '2026-12-07')).toBe('');
  });
});

describe('salaryShort', () => {
  it('shows a compact range with the currency and the period', () => {
    expect(salaryShort({ min: 6_000_000, max: 7_500_000, currency: 'EUR', period: 'year' }, 'en')).toBe('€60K–€75K/yr');
    expect(salaryShort({ min: 4500, max: 0, currency: 'USD', period: 'hour' }, 'en')).toBe('from $45/h');
    expect(salaryShort({ min: 0, max: 900_000, currency: 'JPY', period: 'month' }, 'en')).toBe('up to ¥900K/mo');
    expect(salaryShort({ min: 5_000_000, max: 5_000_000, currency: '', period: '' }, 'en')).toBe('50K');
    expect(salaryShort({ min: 0, max: 0, currency: 'EUR', period: 'year' }, 'en')).toBe('');
  });
});

describe('signalBadges', () => {
  afterEach(() => setFormatLocale(undefined));
  const now = new Date(2026, 11, 7, 10, 0); // Monday 7 Dec 2026, 10:00 local
  const none = { id: 1, nextInterview: '', nextInterviewTitle: '', followUpDue: '', followUpsDue: 0 };
  it('names the next interview by how near it is', () => {
    const at = (d: number, h: number) => new Date(2026, 11, d, h).toISOString();
    expect(signalBadges({ ...none, nextInterview: at(7, 15) }, now)[0].label).toBe('Interview today');
    expect(signalBadges({ ...none, nextInterview: at(8, 9) }, now)[0].label).toBe('Interview tomorrow');
    expect(signalBadges({ ...none, nextInterview: at(10, 9) }, now)[0].label).toMatch(/^Interview \S+$/);
    expect(signalBadges({ ...none, nextInterview: at(28, 9) }, now)[0].label).not.toMatch(/today|tomorrow/);
  });
  it('tells an overdue follow-up from one due today, with the count when several', () => {
    expect(signalBadges({ ...none, followUpDue: '2026-12-01', followUpsDue: 3 }, now)).toEqual([
      expect.objectContaining({ kind: 'overdue', label: 'Follow-up overdue (3)', color: 'red' }),
    ]);
    expect(signalBadges({ ...none, followUpDue: localDay(now), followUpsDue: 1 }, now)).toEqual([
      expect.objectContaining({ kind: 'due', label: 'Follow up today' }),
    ]);
    expect(signalBadges(undefined, now)).toEqual([]);
  });
  it('writes its dates as the page’s formatter does in the locale, never as ISO', () => {
    const at = (d: number, h: number) => new Date(2026, 11, d, h).toISOString();
    setFormatLocale('en-US');
    expect(signalBadges({ ...none, followUpDue: '2026-12-01', followUpsDue: 1 }, now)[0].title).toBe(
      'Follow-up due since Dec 1, 2026',
    );
    expect(signalBadges({ ...none, nextInterview: at(10, 9) }, now)[0].label).toBe('Interview Thu');
    expect(signalBadges({ ...none, nextInterview: at(28, 9) }, now)[0].label).toBe('Interview Dec 28');
    setFormatLocale('de-DE');
    expect(signalBadges({ ...none, followUpDue: '2026-12-01', followUpsDue: 1 }, now)[0].title).toBe(
      'Follow-up due since 01.12.2026',
    );
    expect(signalBadges({ ...none, nextInterview: at(10, 9) }, now)[0].label).toBe('Interview Do');
  });
});
