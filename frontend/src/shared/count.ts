import { formatNumber } from './format';

/**
 * count says how many of a thing there are in English: "1 contact",
 * "3 contacts", "0 notes". plural is given when adding "s" is wrong
 * ("1 follow-up", "2 follow-ups" needs none; "1 entry", "2 entries" does).
 */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${formatNumber(n)} ${n === 1 ? singular : plural}`;
}
