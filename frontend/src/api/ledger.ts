/**
 * The request ledger through service.Assistant: every request Huntbook sent
 * (a model server, Google Calendar, a job link), never its text, a token or
 * a key. Re-exported by assistant.ts.
 */
import * as bound from '../../wailsjs/go/service/Assistant';
import type { model } from '../../wailsjs/go/models';
import { call } from './backend';
import { obj, str, num, strs, listOf } from './read';
import type { Assert, SameFields } from './read';

/**
 * One request in the ledger: any request Huntbook sent (a model server,
 * Google Calendar, a job link), never its text, a token or a key.
 */
export interface LedgerEntry {
  id: number;
  at: string;
  provider: string;
  host: string;
  model: string;
  task: string;
  bytesSent: number;
  bytesReceived: number;
  status: string;
  error: string;
  redacted: boolean;
  placeholders: string[];
  /** HTTP method ("" on rows older than this field). */
  method: string;
  /** Scheme, host and path: never a query string ("" on older rows). */
  url: string;
  /** How long the request took (0: not measured). */
  durationMs: number;
}

function ledgerEntry(x: unknown): LedgerEntry {
  const e = obj(x);
  return {
    id: num(e.id),
    at: str(e.at),
    provider: str(e.provider),
    host: str(e.host),
    model: str(e.model),
    task: str(e.task),
    bytesSent: num(e.bytesSent),
    bytesReceived: num(e.bytesReceived),
    status: str(e.status),
    error: str(e.error),
    redacted: e.redacted === true,
    placeholders: strs(e.placeholders),
    method: str(e.method),
    url: str(e.url),
    durationMs: num(e.durationMs),
  };
}

/** ledger returns the newest `limit` requests Huntbook sent, to any host (0: all). */
export async function ledger(limit: number): Promise<LedgerEntry[]> {
  return listOf(await call(() => bound.Ledger(limit)), ledgerEntry);
}

/** clearLedger deletes the ledger. */
export async function clearLedger(): Promise<void> {
  await call(() => bound.ClearLedger());
}

/** exportLedger returns the whole ledger as CSV or JSON text. */
export async function exportLedger(format: 'csv' | 'json'): Promise<string> {
  return str(await call(() => bound.ExportLedger(format)));
}

/** Fails to compile when the generated model and the interface here differ in field names. */
export type LedgerDriftChecks = [Assert<SameFields<model.LedgerEntry, LedgerEntry>>];
