/**
 * The configuration an import found, waiting for the user to tick what to
 * apply. Every import entry point (Settings, the first-run screen, the
 * command palette) calls offerImportedSettings with its report; the
 * ImportedSettingsDialog mounted by the shell shows it.
 */
import { useSyncExternalStore } from 'react';
import type { FoundSetting, ImportReport } from '../../api/types';

export interface Offer {
  token: string;
  path: string;
  settings: FoundSetting[];
}

let offer: Offer | null = null;
const listeners = new Set<() => void>();

function set(next: Offer | null) {
  offer = next;
  listeners.forEach((l) => l());
}

/** offerImportedSettings shows the report's settings, if it has any, for the user to choose from. */
export function offerImportedSettings(r: ImportReport): void {
  if (r.settings?.length && r.settingsToken) set({ token: r.settingsToken, path: r.path, settings: r.settings });
}

/** dismissOffer closes the offer without applying anything. */
export function dismissOffer(): void {
  set(null);
}

function subscribe(l: () => void) {
  listeners.add(l);
  return () => listeners.delete(l);
}

/** useOffer is the pending offer, or null. */
export function useOffer(): Offer | null {
  return useSyncExternalStore(
    subscribe,
    () => offer,
    () => offer,
  );
}
