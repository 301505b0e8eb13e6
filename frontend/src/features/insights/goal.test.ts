import { describe, expect, it } from 'vitest';
import { goalProgress, goalSummary } from './goal';

const weeks = (...counts: number[]) =>
  counts.map((count, i) => ({ week: `2026-01-${String(5 + 7 * i).padStart(2, '0')}`, count }));

describe('goalProgress', () => {
  it('counts the streak back from last week, and adds this week once met', () => {
    expect(goalProgress(weeks(5, 1, 5, 6, 2), 5)).toEqual({ goal: 5, thisWeek: 2, streak: 2, met: 3, weeks: 4 });
    expect(goalProgress(weeks(5, 1, 5, 6, 5), 5)).toMatchObject({ thisWeek: 5, streak: 3 });
    // A week under the goal breaks the streak; this week still going does not.
    expect(goalProgress(weeks(5, 5, 4, 0), 5)).toMatchObject({ streak: 0, met: 2, weeks: 3 });
    expect(goalProgress(weeks(9), 5)).toEqual({ goal: 5, thisWeek: 9, streak: 1, met: 0, weeks: 0 });
  });

  it('is null without a goal or without weeks', () => {
    expect(goalProgress(weeks(3, 4), 0)).toBeNull();
    expect(goalProgress([], 5)).toBeNull();
  });
});

describe('goalSummary', () => {
  it('says the streak and what is left this week', () => {
    expect(goalSummary({ goal: 5, thisWeek: 2, streak: 2, met: 3, weeks: 4 })).toBe(
      'Met 2 weeks in a row. 3 more to meet it this week.',
    );
    expect(goalSummary({ goal: 5, thisWeek: 6, streak: 1, met: 0, weeks: 4 })).toBe(
      'Met 1 week in a row. Met this week.',
    );
    expect(goalSummary({ goal: 3, thisWeek: 0, streak: 0, met: 0, weeks: 4 })).toBe(
      'No streak yet. 3 more to meet it this week.',
    );
  });
});
