/**
 * Amounts of money. The backend stores integer minor units (cents) with an
 * ISO 4217 currency code; people type and read major units (euros). The number
 * of minor digits follows the currency (JPY has none, most have two, a few
 * have three). Shown amounts follow the page's locale (locale.ts).
 */
import { numberFormat } from './locale';

/** isCurrency reports whether code looks like an ISO 4217 code this page can format ("EUR"). */
export function isCurrency(code: string): boolean {
  if (!/^[A-Z]{3}$/.test(code)) return false;
  try {
    numberFormat({ style: 'currency', currency: code });
    return true;
  } catch {
    return false;
  }
}

/** minorDigits is how many decimal places the currency uses (2 when unknown or empty). */
export function minorDigits(currency: string): number {
  const c = currency.trim().toUpperCase();
  if (!isCurrency(c)) return 2;
  return numberFormat({ style: 'currency', currency: c }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** toMajor shows minor units as a plain decimal string for an input ("" for 0): 5500000 EUR is "55000". */
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

/** Options of formatMoney and formatSalary. */
export interface MoneyOptions {
  /** Short form for cards and narrow columns: "€55K". */
  compact?: boolean;
}

function moneyFormat(currency: string, opts: MoneyOptions, whole: boolean): Intl.NumberFormat | null {
  const c = currency.trim().toUpperCase();
  if (!isCurrency(c)) return null;
  const options: Intl.NumberFormatOptions = { style: 'currency', currency: c };
  if (opts.compact) {
    options.notation = 'compact';
    options.minimumFractionDigits = 0;
    options.maximumFractionDigits = 1;
  } else if (whole) {
    options.minimumFractionDigits = 0;
    options.maximumFractionDigits = 0;
  }
  return numberFormat(options);
}

/**
 * formatMoney shows minor units as an amount in the currency: 5500000 EUR is
 * "€55,000" (en-US) or "55 000 €" (fr); cents show only when there are some.
 * Without a known currency code it is the number and the code as typed.
 */
export function formatMoney(minor: number, currency: string, opts: MoneyOptions = {}): string {
  const major = minor / 10 ** minorDigits(currency);
  const f = moneyFormat(currency, opts, Number.isInteger(major));
  if (f) return f.format(major);
  const plain = numberFormat({ maximumFractionDigits: 2 }).format(major);
  return currency.trim() ? `${plain} ${currency.trim()}` : plain;
}

interface RangeFormat {
  formatRange(a: number, b: number): string;
}

function formatsRanges(f: object): f is RangeFormat {
  return typeof (f as Partial<RangeFormat>).formatRange === 'function';
}

/**
 * formatSalary shows a salary range: "€55,000–70,000" style per the locale
 * ("€55,000 – €70,000" in en-US), one end when only one is known or both are
 * equal, "" when neither is (0 means unknown).
 */
export function formatSalary(min: number, max: number, currency: string, opts: MoneyOptions = {}): string {
  if (min > 0 && max > 0 && max !== min) {
    const d = 10 ** minorDigits(currency);
    const [lo, hi] = [Math.min(min, max) / d, Math.max(min, max) / d];
    const f = moneyFormat(currency, opts, Number.isInteger(lo) && Number.isInteger(hi));
    // formatRange is ES2023 (WebKitGTK 2.38+, Node 19+): older engines join the two ends.
    if (f && formatsRanges(f)) return f.formatRange(lo, hi);
    if (f) return `${f.format(lo)}–${f.format(hi)}`;
    return `${formatMoney(Math.min(min, max), '', opts)}–${formatMoney(Math.max(min, max), currency, opts)}`;
  }
  const one = min > 0 ? min : max;
  return one > 0 ? formatMoney(one, currency, opts) : '';
}
