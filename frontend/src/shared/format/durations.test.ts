import { afterEach, describe, expect, it } from 'vitest';
import { formatDayCount, formatDays, formatDuration, formatTimeUntil } from './durations';
import { setFormatLocale } from './locale';
import { formatBytes, formatNumber, formatPercent } from './numbers';

afterEach(() => setFormatLocale(undefined));

const nbsp = '\u00a0';

describe('durations', () => {
  it('join number and unit with a no-break space so "18.6 days" never wraps', () => {
    setFormatLocale('en-US');
    expect(formatDays(18.64)).toBe(`18.6${nbsp}days`);
    expect(formatDays(1)).toBe(`1${nbsp}day`);
    expect(formatDays(0.4)).toBe(`under a${nbsp}day`);
    expect(formatDays(-1)).toBe('–');
    expect(formatDays(NaN)).toBe('–');
    expect(formatDayCount(12)).toBe(`12${nbsp}days`);
    expect(formatDayCount(1)).toBe(`1${nbsp}day`);
  });

  it('use the locale’s decimal sign', () => {
    setFormatLocale('de-DE');
    expect(formatDays(18.64)).toBe(`18,6${nbsp}days`);
    expect(formatDuration(1234)).toBe(`1,2${nbsp}s`);
  });

  it('show measured times from milliseconds to hours; 0 is not measured', () => {
    setFormatLocale('en-US');
    expect(formatDuration(0)).toBe('');
    expect(formatDuration(340)).toBe(`340${nbsp}ms`);
    expect(formatDuration(1234)).toBe(`1.2${nbsp}s`);
    expect(formatDuration(125_000)).toBe(`2${nbsp}min 5${nbsp}s`);
    expect(formatDuration(120_000)).toBe(`2${nbsp}min`);
    expect(formatDuration(3_840_000)).toBe(`1${nbsp}h 4${nbsp}min`);
  });

  it('say how far off a start is', () => {
    const now = Date.parse('2026-12-07T14:00:00Z');
    expect(formatTimeUntil('2026-12-07T13:59:00Z', now)).toBe('now');
    expect(formatTimeUntil('2026-12-07T14:01:00Z', now)).toBe('in 1 minute');
    expect(formatTimeUntil('2026-12-07T14:12:00Z', now)).toBe('in 12 minutes');
    expect(formatTimeUntil('2026-12-07T16:00:00Z', now)).toBe('in 2 hours');
    expect(formatTimeUntil('2026-12-10T14:00:00Z', now)).toBe('in 3 days');
    expect(formatTimeUntil('garbage', now)).toBe('now');
  });
});

describe('numbers', () => {
  it('group, show shares and sizes in the locale', () => {
    setFormatLocale('en-US');
    expect(formatNumber(12345)).toBe('12,345');
    expect(formatPercent(0.854)).toBe('85%');
    expect(formatBytes(512)).toBe(`512${nbsp}B`);
    expect(formatBytes(12 * 1024)).toBe(`12${nbsp}KB`);
    expect(formatBytes(3.45 * 1024 * 1024)).toBe(`3.5${nbsp}MB`);
    setFormatLocale('de-DE');
    expect(formatNumber(12345)).toBe('12.345');
    expect(formatPercent(0.854).replace('\u00a0', ' ')).toBe('85 %');
    expect(formatBytes(3.45 * 1024 * 1024)).toBe(`3,5${nbsp}MB`);
  });
});
