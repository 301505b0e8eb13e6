import { describe, expect, it } from 'vitest';
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
    expect(optionalDate('tomorrow')).toMatch(/YYYY-MM-DD/);
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
