/** Typed calls to service.Settings: the user's preferences. */
import * as bound from '../../wailsjs/go/service/Settings';
import { service } from '../../wailsjs/go/models';
import { call } from './backend';
import type { Assert, SameFields } from './read';

/** The colour scheme: "system" follows the operating system. */
export type ThemePreference = 'system' | 'light' | 'dark';

/** How the board shows closed (rejected, ghosted...) applications. */
export type ClosedCards = 'fade' | 'lane';

/** The settings the UI shows (service.Preferences). */
export interface Preferences {
  theme: ThemePreference;
  closedCards: ClosedCards;
  /** OS notifications for due follow-ups. */
  notifications: boolean;
  /** A follow-up after nudgeDays of silence on a sent, open application. */
  nudge: boolean;
  /** 1..maxNudgeDays, 7 by default. */
  nudgeDays: number;
  /** Applications a week; 0 for none. */
  weeklyGoal: number;
}

/** The bounds the backend accepts (service.MaxNudgeDays, MaxWeeklyGoal). */
export const maxNudgeDays = 90;
export const maxWeeklyGoal = 100;

/** The backend's defaults, used until the first Get answers. */
export const defaultPreferences: Preferences = {
  theme: 'system',
  closedCards: 'fade',
  notifications: false,
  nudge: false,
  nudgeDays: 7,
  weeklyGoal: 0,
};

/** whole reads a whole number within [min, max], or the fallback. */
function whole(v: unknown, min: number, max: number, fallback: number): number {
  return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : fallback;
}

/** Fails to compile when service.Preferences and Preferences differ in field names. */
export type PreferencesDriftCheck = Assert<SameFields<service.Preferences, Preferences>>;

/** readPreferences fills unknown or missing values with the defaults. */
export function readPreferences(x: unknown): Preferences {
  const p = (x && typeof x === 'object' ? x : {}) as Record<string, unknown>;
  const theme = p.theme === 'light' || p.theme === 'dark' || p.theme === 'system' ? p.theme : defaultPreferences.theme;
  const closedCards =
    p.closedCards === 'lane' || p.closedCards === 'fade' ? p.closedCards : defaultPreferences.closedCards;
  return {
    theme,
    closedCards,
    notifications: p.notifications === true,
    nudge: p.nudge === true,
    nudgeDays: whole(p.nudgeDays, 1, maxNudgeDays, defaultPreferences.nudgeDays),
    weeklyGoal: whole(p.weeklyGoal, 0, maxWeeklyGoal, defaultPreferences.weeklyGoal),
  };
}

/** get returns the preferences, with defaults for unset ones. */
export async function get(): Promise<Preferences> {
  return readPreferences(await call(() => bound.Get()));
}

/** save validates and stores the preferences and returns them as stored. */
export async function save(p: Preferences): Promise<Preferences> {
  return readPreferences(await call(() => bound.Save(service.Preferences.createFrom(p))));
}
