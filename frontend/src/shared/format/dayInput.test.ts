import { afterEach, describe, expect, it } from 'vitest';
import { dayError, dayPattern, firstDayOfWeek, readDay } from './dayInput';
import { setFormatLocale } from './locale';

afterEach(() => setFormatLocale(undefined));

const today = '2026-12-07';
const read = (text: string) => readDay(text, today);

describe('reading a typed day', () => {
  it('takes month first in the US', () => {
    setFormatLocale('en-US');
    expect(dayPattern().placeholder).toBe('MM/DD/YYYY');
    expect(dayPattern().format).toBe('MM[/]DD[/]YYYY');
    expect(read('12/7/2026')).toEqual({ day: '2026-12-07' });
    expect(read('3/14/25')).toEqual({ day: '2025-03-14' });
    expect(read('3/14')).toEqual({ day: '2026-03-14' });
    expect(read('14/3/2026')).toHaveProperty('error');
    expect(firstDayOfWeek()).toBe(0);
  });

  it('takes day first in Germany, with dots', () => {
    setFormatLocale('de-DE');
    expect(dayPattern().placeholder).toBe('DD.MM.YYYY');
    expect(read('7.12.2026')).toEqual({ day: '2026-12-07' });
    expect(read('14.3.')).toEqual({ day: '2026-03-14' });
    expect(read('7. Dez. 2026')).toEqual({ day: '2026-12-07' });
    expect(read('12/31/2026')).toHaveProperty('error');
    expect(firstDayOfWeek()).toBe(1);
  });

  it('takes ISO and the names of months in any locale', () => {
    for (const locale of ['en-US', 'en-GB', 'de-DE']) {
      setFormatLocale(locale);
      expect(read('2026-12-07')).toEqual({ day: '2026-12-07' });
      expect(read('2026-3-4')).toEqual({ day: '2026-03-04' });
      expect(read(' 2026/12/07 ')).toEqual({ day: '2026-12-07' });
      expect(read('Dec 7, 2026')).toEqual({ day: '2026-12-07' });
      expect(read('7 December 2026')).toEqual({ day: '2026-12-07' });
      expect(read('december 7')).toEqual({ day: '2026-12-07' });
      expect(read('today')).toEqual({ day: today });
      expect(read('Tomorrow')).toEqual({ day: '2026-12-08' });
      expect(read('yesterday')).toEqual({ day: '2026-12-06' });
      expect(read('')).toEqual({ day: '' });
    }
  });

  it('says what is wrong with what it cannot read', () => {
    setFormatLocale('en-GB');
    expect(dayError('next week', today)).toBe(
      '“next week” is not a date: type it as DD/MM/YYYY or YYYY-MM-DD, or pick it',
    );
    expect(dayError('31/02/2026', today)).toBe('February 2026 has no day 31');
    expect(dayError('2026-13-01', today)).toMatch(/is not a date/);
    expect(dayError('01/01/0226', today)).toBe('Check the year: 226 is not between 1900 and 2199');
    expect(dayError('Ju 4 2026', today)).toMatch(/is not a date/);
    expect(dayError('June 4 5 2026', today)).toMatch(/is not a date/);
    expect(dayError('2026-12-07', today)).toBeNull();
    expect(dayError('', today)).toBeNull();
  });
});
