/** Typed calls to service.Startup: how opening the database went. */
import { Quit } from '../../wailsjs/runtime/runtime';
import { call, goStruct } from './backend';
import type { StartupProblem, StartupStatus } from './generated';

export type { BackupInfo as StartupBackup, StartupStatus } from './generated';
/** Why the database did not open; '' when it did. */
export type StartupProblemKind = StartupProblem;

const bound = goStruct('service', 'Startup');

function startupBound(): boolean {
  return typeof window !== 'undefined' && typeof window.go?.service?.Startup === 'object';
}

/** status reports how opening the database went, or null outside the app. */
export async function status(): Promise<StartupStatus | null> {
  if (!startupBound()) return null;
  return call(() => bound.Status());
}

/** restoreNewestBackup puts the newest backup in place of a damaged database file. */
export async function restoreNewestBackup(): Promise<StartupStatus> {
  return call(() => bound.RestoreNewestBackup());
}

/** quit closes the window (and Huntbook). */
export function quit(): void {
  Quit();
}
