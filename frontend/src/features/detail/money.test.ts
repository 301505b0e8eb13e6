import { describe, expect, it } from 'vitest';
import { minorDigits, toMajor, toMinor } from './money';

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
