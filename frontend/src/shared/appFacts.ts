/**
 * What a list row or a board card says about an application beyond its name:
 * days since it was applied to, a short salary, and badges for the next
 * interview and due follow-ups (from api signals).
 */
import type { Salary, Signals } from '../api';
import { formatDate, formatDateTimeWeekday, formatMonthDay } from './format';
import { dateFormat } from './format/locale';

const dayMs = 86_400_000;

function dayNumber(day: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / dayMs : null;
}

/** daysSince is how many whole days lie between two "YYYY-MM-DD" days (null when either is empty or bad). */
export function daysSince(day: string, today: string): number | null {
  const a = dayNumber(day);
  const b = dayNumber(today);
  return a === null || b === null ? null : b - a;
}

/** appliedAgo says how long ago an application went out: "today", "1 day", "12 days" ("" when not applied). */
export function appliedAgo(dateApplied: string, today: string): string {
  const n = daysSince(dateApplied, today);
  if (n === null) return '';
  if (n <= 0) return n === 0 ? 'today' : '';
  return n === 1 ? '1 day' : `${n} days`;
}

const periods: Record<string, string> = { year: '/yr', month: '/mo', hour: '/h' };

function minorDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/**
 * salaryShort is a salary range in a few characters for a card or a cell:
 * "€60K–75K/yr", "$45/h", "from €50K" ("" when none is known). Amounts are
 * minor units of the currency; compact notation follows the user's locale.
 */
export function salaryShort(s: Salary, locale?: string): string {
  if (!s.min && !s.max) return '';
  const currency = /^[A-Z]{3}$/.test(s.currency) ? s.currency : '';
  const scale = 10 ** (currency ? minorDigits(currency) : 2);
  const fmt = new Intl.NumberFormat(locale, {
    notation: 'compact',
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
    ...(currency ? { style: 'currency', currency, currencyDisplay: 'narrowSymbol' } : {}),
  });
  const lo = s.min ? fmt.format(s.min / scale) : '';
  const hi = s.max ? fmt.format(s.max / scale) : '';
  const range = lo && hi ? (lo === hi ? lo : `${lo}–${hi}`) : lo ? `from ${lo}` : `up to ${hi}`;
  return range + (periods[s.period] ?? '');
}

/** A badge a row or card shows: what it says, its colour and a longer description. */
export interface SignalBadge {
  kind: 'interview' | 'overdue' | 'due';
  label: string;
  title: string;
  color: string;
}

/**
 * signalBadges turns an application's signals into badges as of now: the
 * next interview ("Interview today", "Interview Thu", "Interview Dec 18"),
 * then "Follow-up overdue" (a due day before today) or "Follow up today".
 */
export function signalBadges(s: Signals | undefined, now: Date): SignalBadge[] {
  if (!s) return [];
  const out: SignalBadge[] = [];
  if (s.nextInterview) {
    const at = new Date(s.nextInterview);
    if (!Number.isNaN(at.getTime())) {
      const startOfToday = new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime();
      const days = Math.floor((at.getTime() - startOfToday) / dayMs);
      const when =
        days <= 0
          ? 'today'
          : days === 1
            ? 'tomorrow'
            : days < 7
              ? dateFormat({ weekday: 'short' }).format(at)
              : formatMonthDay(at);
      out.push({
        kind: 'interview',
        label: `Interview ${when}`,
        title: `${s.nextInterviewTitle || 'Interview'}: ${formatDateTimeWeekday(at)}`,
        color: 'violet',
      });
    }
  }
  if (s.followUpDue) {
    const today = localDay(now);
    const overdue = s.followUpDue < today;
    const many = s.followUpsDue > 1 ? ` (${s.followUpsDue})` : '';
    out.push({
      kind: overdue ? 'overdue' : 'due',
      label: overdue ? `Follow-up overdue${many}` : `Follow up today${many}`,
      title: overdue ? `Follow-up due since ${formatDate(s.followUpDue)}` : 'Follow-up due today',
      color: overdue ? 'red' : 'orange',
    });
  }
  return out;
}

/** localDay is the "YYYY-MM-DD" of a time in the user's time zone. */
export function localDay(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
