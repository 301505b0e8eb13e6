import type { insights } from '../../api';

/** How the weeks of a period measure up to a weekly goal. */
export interface GoalProgress {
  goal: number;
  /** Applications sent this week (the period's last week) so far. */
  thisWeek: number;
  /** Weeks in a row, up to this one, that met the goal: the last complete week back, plus this one once met. */
  streak: number;
  /** Complete weeks of the period (this one left out) that met the goal. */
  met: number;
  /** Complete weeks in the period. */
  weeks: number;
}

/**
 * goalProgress measures the period's weeks (oldest first, the last one is
 * this week) against goal; null when there is no goal (0) or no week. This
 * week does not break a streak while it is still going: it only adds to it
 * once met.
 */
export function goalProgress(perWeek: readonly insights.WeekCount[], goal: number): GoalProgress | null {
  if (goal <= 0 || perWeek.length === 0) return null;
  const complete = perWeek.slice(0, -1);
  const thisWeek = perWeek[perWeek.length - 1].count;
  let streak = 0;
  for (let i = complete.length - 1; i >= 0 && complete[i].count >= goal; i--) streak++;
  if (thisWeek >= goal) streak++;
  return {
    goal,
    thisWeek,
    streak,
    met: complete.filter((w) => w.count >= goal).length,
    weeks: complete.length,
  };
}

/** weeksText is "1 week" or "3 weeks". */
export function weeksText(n: number): string {
  return n === 1 ? '1 week' : `${n} weeks`;
}

/** goalSummary says where the streak stands, in a sentence. */
export function goalSummary(p: GoalProgress): string {
  const left = p.goal - p.thisWeek;
  const week = left > 0 ? `${left} more to meet it this week.` : 'Met this week.';
  if (p.streak === 0) return `No streak yet. ${week}`;
  return `Met ${weeksText(p.streak)} in a row. ${week}`;
}
