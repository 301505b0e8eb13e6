/**
 * Unsaved profile edits kept while the CV view is not on screen: switching
 * to another view unmounts it, and typed corrections (to the master profile
 * or to the values read from one CV) would vanish. Each draft is kept with
 * the saved profile it was made from and given back only while that is
 * still what is saved, so a draft never overwrites a newer save. Kept in
 * memory for the session; saving or discarding the edits drops it.
 */
import type { profile } from '../../api';
import { sameProfile } from './edit';

interface Kept {
  base: profile.Profile;
  draft: profile.Profile;
}

const kept = new Map<string, Kept>();

/** The key of the master profile's draft; a CV version's is versionDraft(id). */
export const masterDraft = 'master';

/** versionDraft is the key of the draft of the values read from CV version id. */
export function versionDraft(id: number): string {
  return `version:${id}`;
}

/** keepDraft keeps draft (made from base) under key, or drops it when it holds no change. */
export function keepDraft(key: string, base: profile.Profile, draft: profile.Profile | null): void {
  if (draft === null || sameProfile(base, draft)) kept.delete(key);
  else kept.set(key, { base, draft });
}

/** keptDraft is the draft kept under key if it was made from base (what is saved now), else null. */
export function keptDraft(key: string, base: profile.Profile): profile.Profile | null {
  const k = kept.get(key);
  return k && sameProfile(k.base, base) ? k.draft : null;
}

/** Where the CV view was: its tab and the CV version open in it, to come back to. */
export interface Place {
  tab: 'versions' | 'master';
  opened: profile.CVVersion | null;
}

let place: Place = { tab: 'versions', opened: null };

/** keepPlace remembers where the CV view was. */
export function keepPlace(p: Place): void {
  place = p;
}

/** lastPlace is where the CV view was when it was last shown. */
export function lastPlace(): Place {
  return place;
}

/** forgetDrafts drops every kept draft and place (tests start clean with it). */
export function forgetDrafts(): void {
  kept.clear();
  place = { tab: 'versions', opened: null };
}
