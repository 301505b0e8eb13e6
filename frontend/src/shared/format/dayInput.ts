/**
 * Reading a day the user typed. A date field accepts the locale's numeric
 * order ("12/7/2026" in the US, "7.12.2026" in Germany), ISO ("2026-12-07"),
 * a month by name ("Dec 7, 2026", "7 December 2026", as the page shows dates),
 * a two-digit year ("12/7/26"), no year (this year), and "today", "tomorrow",
 * "yesterday". What it cannot read gets a message saying what it accepts.
 */
import { addDays, dayParts, dayText, today as todayOf } from './dates';
import { dateFormat, formatLocale } from './locale';

type Part = 'day' | 'month' | 'year';

/** How the locale writes a day in digits: the order of its parts and the patterns built from it. */
export interface DayPattern {
  /** Order of day, month and year ("12/07/2026" is month, day, year). */
  order: Part[];
  /** dayjs format of a day in that order, for showing a picked day in the field: "MM/DD/YYYY". */
  format: string;
  /** The same for people, as a placeholder: "MM/DD/YYYY", "DD.MM.YYYY". */
  placeholder: string;
}

const patterns = new Map<string, DayPattern>();

/** dayPattern is how the page's locale writes a day in digits (cached per locale). */
export function dayPattern(): DayPattern {
  const locale = formatLocale();
  const cached = patterns.get(locale);
  if (cached) return cached;
  const parts = dateFormat({ year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' }).formatToParts(
    Date.UTC(2026, 11, 7),
  );
  const order: Part[] = [];
  let format = '';
  let placeholder = '';
  const token: Record<Part, string> = { day: 'DD', month: 'MM', year: 'YYYY' };
  for (const p of parts) {
    if (p.type === 'day' || p.type === 'month' || p.type === 'year') {
      order.push(p.type);
      format += token[p.type];
      placeholder += token[p.type];
    } else if (p.type === 'literal') {
      format += `[${p.value}]`;
      placeholder += p.value;
    }
  }
  const pattern: DayPattern =
    order.length === 3
      ? { order, format, placeholder }
      : { order: ['year', 'month', 'day'], format: 'YYYY-MM-DD', placeholder: 'YYYY-MM-DD' };
  patterns.set(locale, pattern);
  return pattern;
}

const monthNames = new Map<string, string[][]>();

/** months lists each month's names (long and short, the locale's and English), lower case, January first. */
function months(): string[][] {
  const locale = formatLocale();
  const cached = monthNames.get(locale);
  if (cached) return cached;
  const names: string[][] = [];
  for (let m = 0; m < 12; m++) {
    const t = Date.UTC(2026, m, 15);
    const set = new Set<string>();
    for (const f of [
      dateFormat({ month: 'long', timeZone: 'UTC' }),
      dateFormat({ month: 'short', timeZone: 'UTC' }),
      new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }),
      new Intl.DateTimeFormat('en', { month: 'short', timeZone: 'UTC' }),
    ]) {
      set.add(f.format(t).toLowerCase().replace(/\.$/, ''));
    }
    names.push([...set]);
  }
  monthNames.set(locale, names);
  return names;
}

/** monthOf finds the month (1-12) a word names ("dec", "December", "déc."), 0 when none or several. */
function monthOf(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return 0;
  const found = new Set<number>();
  months().forEach((names, i) => {
    if (names.some((n) => n === w || (n.startsWith(w) && w.length >= 3))) found.add(i + 1);
  });
  return found.size === 1 ? ([...found][0] ?? 0) : 0;
}

/** The years a typed day may have; others are almost surely typos ("0226"). */
const firstYear = 1900;
const lastYear = 2199;

const fullYear = (y: string) => (y.length <= 2 ? 2000 + Number(y) : Number(y));

/** Result of reading a typed day: the day (YYYY-MM-DD, "" for empty) or why it cannot be read. */
export type ReadDay = { day: string } | { error: string };

/**
 * readDay reads a typed day. today (YYYY-MM-DD) fills a missing year and
 * anchors "today", "tomorrow" and "yesterday".
 */
export function readDay(text: string, today: string = todayOf()): ReadDay {
  const t = text.trim();
  if (t === '') return { day: '' };
  const word = t.toLowerCase();
  if (word === 'today') return { day: today };
  if (word === 'tomorrow') return { day: addDays(today, 1) };
  if (word === 'yesterday') return { day: addDays(today, -1) };

  const thisYear = String(dayParts(today)?.year ?? new Date().getFullYear());
  const numbers = t.match(/\d+/g) ?? [];
  const words = (t.match(/\p{L}+\.?/gu) ?? []).filter((w) => !/^(of|de|der|the)$/i.test(w));
  let y = '';
  let m = '';
  let d = '';
  if (words.length > 0) {
    // A month by name: "Dec 7, 2026", "7 December 2026", "7. Dez. 2026".
    const month = words.length === 1 ? monthOf(words[0] ?? '') : 0;
    if (!month || numbers.length < 1 || numbers.length > 2) return unreadable(t);
    m = String(month);
    const four = numbers.findIndex((n) => n.length === 4);
    if (numbers.length === 2) {
      const yi = four >= 0 ? four : 1;
      y = numbers[yi] ?? '';
      d = numbers[1 - yi] ?? '';
    } else {
      if (four >= 0) return unreadable(t);
      d = numbers[0] ?? '';
      y = thisYear;
    }
  } else if (/^\d{4}\D+\d{1,2}\D+\d{1,2}\.?$/.test(t)) {
    // Year first, whatever the separator: ISO "2026-12-07", "2026/12/07".
    [y = '', m = '', d = ''] = numbers;
  } else if (/^\d{1,4}\D+\d{1,2}(\D+\d{1,4})?\.?$/.test(t)) {
    // The locale's order; without a year, this year.
    const { order } = dayPattern();
    const values: Record<Part, string> = { day: '', month: '', year: '' };
    const slots = numbers.length === 3 ? order : order.filter((p) => p !== 'year');
    if (numbers.length === 2) values.year = thisYear;
    slots.forEach((p, i) => (values[p] = numbers[i] ?? ''));
    ({ year: y, month: m, day: d } = values);
    if (y.length === 3 || d.length > 2 || m.length > 2) return unreadable(t);
  } else {
    return unreadable(t);
  }
  const year = fullYear(y);
  const [month, day] = [Number(m), Number(d)];
  if (year < firstYear || year > lastYear)
    return { error: `Check the year: ${year} is not between ${firstYear} and ${lastYear}` };
  if (month < 1 || month > 12) return unreadable(t);
  const iso = dayText(year, month, day);
  if (!dayParts(iso)) {
    const name = dateFormat({ month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, 1));
    return { error: `${name} has no day ${day}` };
  }
  return { day: iso };
}

function unreadable(text: string): ReadDay {
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return { error: `“${shown}” is not a date: type it as ${dayPattern().placeholder} or YYYY-MM-DD, or pick it` };
}

/** dayError is readDay's message for text that is not a day, null when it reads (or is empty). */
export function dayError(text: string, today?: string): string | null {
  const r = readDay(text, today);
  return 'error' in r ? r.error : null;
}

/** firstDayOfWeek is the locale's first day of the week, 0 (Sunday) to 6 (Saturday); Monday when unknown. */
export function firstDayOfWeek(): 0 | 1 | 2 | 3 | 4 | 5 | 6 {
  try {
    const loc = new Intl.Locale(formatLocale()) as Intl.Locale & {
      getWeekInfo?: () => { firstDay: number };
      weekInfo?: { firstDay: number };
    };
    const first = (loc.getWeekInfo?.() ?? loc.weekInfo)?.firstDay;
    if (first === undefined) return 1;
    return (first % 7) as 0 | 1 | 2 | 3 | 4 | 5 | 6;
  } catch {
    return 1;
  }
}
