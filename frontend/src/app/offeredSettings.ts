/**
 * The configuration an import found, waiting for the user to tick what to
 * apply. Every import entry point (Settings, the first-run screen, the
 * command palette) calls offerImportedSettings with its report; the
 * ImportedSettingsDialog mounted by the shell shows it.
 */
import { useSyncExternalStore } from 'react';
import type { FoundSetting, ImportReport } from '../api/types';
import { importSummary } from '../shared/dataReports';

export interface Offer {
  token: string;
  path: string;
  /** What the import brought in, in one sentence. */
  summary: string;
  settings: FoundSetting[];
}

let offer: Offer | null = null;
const listeners = new Set<() => void>();

function set(next: Offer | null) {
  offer = next;
  listeners.forEach((l) => l());
}

/**
 * offerImportedSettings shows the report's settings, if it has any, for the
 * user to choose from, with the import's summary; it returns whether it did
 * (the caller then shows no notification of its own over the dialog).
 */
export function offerImportedSettings(r: ImportReport): boolean {
  if (!r.settings.length || !r.settingsToken) return false;
  set({ token: r.settingsToken, path: r.path, summary: importSummary({ ...r, settings: [] }), settings: r.settings });
  return true;
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
