/** Typed calls to service.Startup: how opening the database went. */
import * as bound from '../../wailsjs/go/service/Startup';
import { Quit } from '../../wailsjs/runtime/runtime';
import { call } from './backend';

/** Why the database did not open; '' when it did. */
export type StartupProblemKind = '' | 'corrupt' | 'newer_version' | 'locked' | 'read_only' | 'unavailable';

/** A backup of the database, newest first in StartupStatus.backups. */
export interface StartupBackup {
  path: string;
  name: string;
  bytes: number;
  createdAt: string;
}

/** What the page shows about the database at start-up (service.StartupStatus). */
export interface StartupStatus {
  problem: StartupProblemKind;
  message: string;
  advice: string;
  path: string;
  backups: StartupBackup[];
  backupDir: string;
  /** Why the database was opened read-only; '' when it can be written. */
  readOnly: string;
  /** The backup put in place, once restored; keptAs is where the damaged file went. */
  restored: string;
  keptAs: string;
}

function startupBound(): boolean {
  return typeof window !== 'undefined' && typeof window.go?.service?.Startup === 'object';
}

function read(s: unknown): StartupStatus {
  const v = (s ?? {}) as Partial<StartupStatus> & { backups?: unknown[] };
  return {
    problem: v.problem ?? '',
    message: v.message ?? '',
    advice: v.advice ?? '',
    path: v.path ?? '',
    backups: (v.backups ?? []).map((b) => {
      const x = b as StartupBackup & { createdAt: unknown };
      return {
        path: x.path,
        name: x.name,
        bytes: x.bytes,
        createdAt: typeof x.createdAt === 'string' ? x.createdAt : '',
      };
    }),
    backupDir: v.backupDir ?? '',
    readOnly: v.readOnly ?? '',
    restored: v.restored ?? '',
    keptAs: v.keptAs ?? '',
  };
}

/** status reports how opening the database went, or null outside the app. */
export async function status(): Promise<StartupStatus | null> {
  if (!startupBound()) return null;
  return read(await call(() => bound.Status()));
}

/** restoreNewestBackup puts the newest backup in place of a damaged database file. */
export async function restoreNewestBackup(): Promise<StartupStatus> {
  return read(await call(() => bound.RestoreNewestBackup()));
}

/** quit closes the window (and Huntbook). */
export function quit(): void {
  Quit();
}
