/** Words for the offline match: how the score is made and why skills count as missing. */
import type { assistant } from '../../api';

/** scoreExplanation says how the score comes from the job's skills. */
export function scoreExplanation(a: assistant.Analysis): string {
  if (a.possible === 0) return 'The job names no skill the analyzer knows, so the score says little.';
  const source = a.against === 'cv' ? 'this CV' : 'your profile';
  return (
    `${a.points} of ${a.possible} points: each skill the job names counts 3 when required, 2 when mentioned, ` +
    `1 when nice to have; ${source} has the skills worth ${a.points}.`
  );
}

/** missingReason says in one sentence why a group of skills counts as missing. */
export function missingReason(items: readonly assistant.SkillMatch[], against = 'profile'): string {
  const required = items.filter((s) => s.importance === 'required').length;
  const nice = items.filter((s) => s.importance === 'nice').length;
  const where = `no line of ${against === 'cv' ? 'the CV' : 'your profile'} names them`;
  if (nice === items.length) return `Nice to have; ${where}.`;
  if (required === items.length) return `The job requires them; ${where}.`;
  if (required === 0) return `The job mentions them; ${where}.`;
  return `${String(required)} required, ${String(items.length - required)} mentioned in the job; ${where}.`;
}
