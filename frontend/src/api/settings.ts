/** Typed calls to service.Settings: the user's preferences. */
import { call, goStruct } from './backend';
import type { ClosedCards, Preferences, Theme } from './generated';

export type { ClosedCards, Preferences };

/** The colour scheme: "system" follows the operating system. */
export type ThemePreference = Theme;

/** The bounds the backend accepts (service.MaxNudgeDays, MaxWeeklyGoal). */
export const maxNudgeDays = 90;
export const maxWeeklyGoal = 100;

/** The backend's defaults (service.DefaultPreferences), used until the first Get answers. */
export const defaultPreferences: Preferences = {
  theme: 'system',
  closedCards: 'fade',
  notifications: false,
  nudge: false,
  nudgeDays: 7,
  weeklyGoal: 0,
};

const bound = goStruct('service', 'Settings');

/** get returns the preferences: Go fills unset or unreadable ones with its defaults. */
export async function get(): Promise<Preferences> {
  return call(() => bound.Get());
}

/** save validates and stores the preferences and returns them as stored. */
export async function save(p: Preferences): Promise<Preferences> {
  return call(() => bound.Save(p));
}
