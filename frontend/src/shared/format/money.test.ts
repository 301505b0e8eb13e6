import { afterEach, describe, expect, it } from 'vitest';
import { setFormatLocale } from './locale';
import { formatMoney, formatSalary, minorDigits, toMajor, toMinor } from './money';

afterEach(() => setFormatLocale(undefined));

// ICU separates some symbols and groups with (narrow) no-break spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f\u2009]/g, ' ');

describe('salary units', () => {
  it('knows minor digits per currency', () => {
    expect(minorDigits('EUR')).toBe(2);
    expect(minorDigits('jpy')).toBe(0);
    expect(minorDigits('BHD')).toBe(3);
    expect(minorDigits('')).toBe(2);
    expect(minorDigits('E1R')).toBe(2);
  });

  it('parses typed amounts into minor units', () => {
    expect(toMinor('55000', 'EUR')).toEqual({ value: 5_500_000 });
    expect(toMinor(' 55,000 ', 'USD')).toEqual({ value: 5_500_000 });
    expect(toMinor('4250.5', 'EUR')).toEqual({ value: 425_050 });
    expect(toMinor('0.07', 'EUR')).toEqual({ value: 7 });
    expect(toMinor('7000000', 'JPY')).toEqual({ value: 7_000_000 });
    expect(toMinor('', 'EUR')).toEqual({ value: 0 });
  });

  it('rejects what is not an amount', () => {
    expect(toMinor('-5', 'EUR')).toHaveProperty('error');
    expect(toMinor('12.345', 'EUR')).toHaveProperty('error');
    expect(toMinor('12.5', 'JPY')).toHaveProperty('error');
    expect(toMinor('1e6', 'EUR')).toHaveProperty('error');
    expect(toMinor('9999999999999', 'EUR')).toHaveProperty('error');
  });

  it('round-trips minor units to what the user typed', () => {
    expect(toMajor(5_500_000, 'EUR')).toBe('55000');
    expect(toMajor(425_050, 'EUR')).toBe('4250.50');
    expect(toMajor(7_000_000, 'JPY')).toBe('7000000');
    expect(toMajor(0, 'EUR')).toBe('');
    for (const v of [1, 99, 123_456, 5_500_000]) {
      expect(toMinor(toMajor(v, 'EUR'), 'EUR')).toEqual({ value: v });
    }
  });
});

describe('shown amounts', () => {
  it('follow the locale: symbol, grouping and decimals (en-US and de-DE)', () => {
    setFormatLocale('en-US');
    expect(formatMoney(5_500_000, 'EUR')).toBe('€55,000');
    expect(formatMoney(425_050, 'USD')).toBe('$4,250.50');
    expect(formatMoney(7_000_000, 'JPY')).toBe('¥7,000,000');
    expect(formatMoney(5_500_000, 'EUR', { compact: true })).toBe('€55K');
    setFormatLocale('de-DE');
    expect(plain(formatMoney(5_500_000, 'EUR'))).toBe('55.000 €');
    expect(plain(formatMoney(425_050, 'EUR'))).toBe('4.250,50 €');
  });

  it('show a salary range, one end, or nothing', () => {
    setFormatLocale('en-US');
    expect(plain(formatSalary(5_500_000, 7_000_000, 'EUR'))).toBe('€55,000 – €70,000');
    expect(plain(formatSalary(7_000_000, 5_500_000, 'EUR'))).toBe('€55,000 – €70,000');
    expect(plain(formatSalary(5_500_000, 7_000_000, 'EUR', { compact: true }))).toBe('€55–70K');
    expect(formatSalary(5_500_000, 0, 'EUR')).toBe('€55,000');
    expect(formatSalary(0, 7_000_000, 'EUR')).toBe('€70,000');
    expect(formatSalary(5_500_000, 5_500_000, 'EUR')).toBe('€55,000');
    expect(formatSalary(0, 0, 'EUR')).toBe('');
    setFormatLocale('de-DE');
    expect(plain(formatSalary(5_500_000, 7_000_000, 'EUR'))).toBe('55.000–70.000 €');
  });

  it('keep an unknown currency as typed beside the number', () => {
    setFormatLocale('en-US');
    expect(formatMoney(5_500_000, 'XYZ1')).toBe('55,000 XYZ1');
    expect(formatMoney(5_500_000, '')).toBe('55,000');
  });
});
