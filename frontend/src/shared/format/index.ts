/**
 * Formatting for the whole page: dates and times (dates.ts), lengths of time
 * (durations.ts), money (money.ts) and numbers (numbers.ts), all following the
 * system locale (locale.ts). Views import from here, never call toLocale* or
 * build their own Intl formatters.
 */
export * from './dates';
export * from './dayInput';
export * from './durations';
export * from './money';
export * from './numbers';
export { formatLocale, setFormatLocale } from './locale';
