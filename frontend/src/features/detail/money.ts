/**
 * Salary figures: the backend stores integer minor units (cents); people type
 * and read major units (euros). The number of minor digits follows the
 * currency (JPY has none, most have two, a few have three).
 */

/** minorDigits is how many decimal places the currency uses (2 when unknown or empty). */
export function minorDigits(currency: string): number {
  const c = currency.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(c)) return 2;
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency: c }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** toMajor shows minor units as a plain decimal string ("" for 0). */
export function toMajor(minor: number, currency: string): string {
  if (!minor) return '';
  const d = minorDigits(currency);
  const v = minor / 10 ** d;
  return Number.isInteger(v) ? String(v) : v.toFixed(d);
}

/** Largest amount accepted in major units (keeps minor units a safe integer). */
export const maxMajor = 1e12;

/**
 * toMinor parses a typed amount ("55000", "55,000", "1234.5") into minor
 * units; "" is 0. It returns an error message for anything else.
 */
export function toMinor(text: string, currency: string): { value: number } | { error: string } {
  const t = text.trim().replace(/[\s,_']/g, '');
  if (t === '') return { value: 0 };
  if (!/^\d+(\.\d+)?$/.test(t)) return { error: 'Enter an amount such as 55000 or 4250.50' };
  const d = minorDigits(currency);
  const [whole, frac = ''] = t.split('.');
  if (frac.length > d) {
    return { error: d === 0 ? 'This currency has no decimals' : `At most ${d} decimal places` };
  }
  const major = Number(whole);
  if (major > maxMajor) return { error: 'That amount is too large' };
  return { value: major * 10 ** d + Number(frac.padEnd(d, '0') || '0') };
}
