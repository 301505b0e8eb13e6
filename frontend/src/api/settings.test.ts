import { describe, expect, it } from 'vitest';
import { defaultPreferences, readPreferences } from './settings';

describe('readPreferences', () => {
  it('reads nudges and the weekly goal, and keeps the defaults for missing or out-of-range numbers', () => {
    expect(readPreferences({ theme: 'dark', closedCards: 'lane', nudge: true, nudgeDays: 14, weeklyGoal: 5 })).toEqual({
      theme: 'dark',
      closedCards: 'lane',
      notifications: false,
      nudge: true,
      nudgeDays: 14,
      weeklyGoal: 5,
    });
    expect(readPreferences({})).toEqual(defaultPreferences);
    expect(readPreferences({ nudge: 'yes', nudgeDays: 0, weeklyGoal: 2.5 })).toEqual(defaultPreferences);
    expect(readPreferences({ nudgeDays: 91, weeklyGoal: -1 })).toEqual(defaultPreferences);
    expect(readPreferences({ nudgeDays: 90, weeklyGoal: 100 })).toMatchObject({ nudgeDays: 90, weeklyGoal: 100 });
  });
});
