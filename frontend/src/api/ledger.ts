/**
 * The request ledger through service.Assistant: every request Huntbook sent
 * (a model server, Google Calendar, a job link), never its text, a token or
 * a key. Re-exported by assistant.ts.
 */
import { call, goStruct } from './backend';
import type { LedgerEntry } from './generated';

export type { LedgerEntry } from './generated';

const bound = goStruct('service', 'Assistant');

/** ledger returns the newest `limit` requests Huntbook sent, to any host (0: all). */
export async function ledger(limit: number): Promise<LedgerEntry[]> {
  return call(() => bound.Ledger(limit));
}

/** clearLedger deletes the ledger. */
export async function clearLedger(): Promise<void> {
  await call(() => bound.ClearLedger());
}

/** exportLedger returns the whole ledger as CSV or JSON text. */
export async function exportLedger(format: 'csv' | 'json'): Promise<string> {
  return call(() => bound.ExportLedger(format));
}
