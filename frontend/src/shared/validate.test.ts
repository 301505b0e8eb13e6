import { describe, expect, it } from 'vitest';
import { dayError, setFormatLocale } from './format';
import { isDate, isWebAddress, optionalDate, optionalURL, requiredText } from './validate';

describe('validate', () => {
  it('accepts real dates only', () => {
    expect(isDate('2025-03-14')).toBe(true);
    expect(isDate('2024-02-29')).toBe(true);
    expect(isDate('2025-02-29')).toBe(false);
    expect(isDate('2025-13-01')).toBe(false);
    expect(isDate('14/03/2025')).toBe(false);
    expect(isDate('2025-3-14')).toBe(false);
    expect(optionalDate('')).toBeNull();
  });

  it('says what is wrong with a date the way DateField does', () => {
    setFormatLocale('en-US');
    try {
      expect(optionalDate(' 2026-03-14 ')).toBeNull();
      expect(optionalDate('14/3/2026')).toBe(dayError('14/3/2026'));
      expect(optionalDate('14/3/2026')).toBe(
        '“14/3/2026” is not a date: type it as MM/DD/YYYY or YYYY-MM-DD, or pick it',
      );
      expect(optionalDate('2/30/2026')).toBe('February 2026 has no day 30');
      // Readable but not YYYY-MM-DD (only a plain text box sends that): still refused.
      expect(optionalDate('3/14/2026')).toBe(
        '“3/14/2026” is not a date: type it as MM/DD/YYYY or YYYY-MM-DD, or pick it',
      );
    } finally {
      setFormatLocale(undefined);
    }
  });

  it('accepts http(s) addresses with a host only', () => {
    expect(isWebAddress('https://jobs.example.com/123')).toBe(true);
    expect(isWebAddress('http://example.com')).toBe(true);
    expect(isWebAddress('javascript:alert(1)')).toBe(false);
    expect(isWebAddress('ftp://example.com')).toBe(false);
    expect(isWebAddress('example.com/job')).toBe(false);
    expect(optionalURL('  ')).toBeNull();
    expect(optionalURL('www.example.com')).toMatch(/https:\/\//);
  });

  it('requires text and bounds its length', () => {
    const company = requiredText('Company');
    expect(company('  ')).toBe('Company is required');
    expect(company('Acme')).toBeNull();
    expect(company('x'.repeat(501))).toMatch(/too long/);
  });
});
