/**
 * Typed calls to service.Calendar: .ics import and export, Google Calendar
 * (connect, status, sync, disconnect), the agenda of interviews and the
 * proposals the user confirms or rejects. Times arrive as RFC 3339 strings.
 * The types are generated from Go (generated.ts); Go sends no null lists.
 */
import { ClipboardSetText } from '../../wailsjs/runtime/runtime';
import { call, goStruct } from './backend';
import { hasRuntime, type JobDone } from './events';
import type { ServiceInterview, SyncReport } from './generated';

export type {
  CalendarStatus,
  Candidate,
  Confirmation,
  ConnectionState,
  DisconnectReport,
  ICSImport,
  Person,
  Proposal,
  SyncReport,
} from './generated';

/** One entry of the agenda: an event recognised as an interview or confirmed for an application (service.Interview). */
export type Interview = ServiceInterview;

const bound = goStruct('service', 'Calendar');

/** interviews lists the agenda between from and to (YYYY-MM-DD or RFC 3339; "" = now and 90 days later). */
export async function interviews(from = '', to = '') {
  return call(() => bound.Interviews(from, to));
}

/** proposals lists events with proposed applications awaiting the user's word. */
export async function proposals() {
  return call(() => bound.Proposals());
}

/** confirm records the event as an interview for the application. */
export async function confirm(eventKey: string, applicationId: number) {
  return call(() => bound.Confirm(eventKey, applicationId));
}

/** reject records that the event's proposals are wrong; it is never proposed again. */
export async function reject(eventKey: string): Promise<void> {
  await call(() => bound.Reject(eventKey));
}

/** importDialog asks for an .ics file and imports it (path "" when cancelled). */
export async function importDialog() {
  return call(() => bound.ImportICSDialog());
}

/** importFile imports an .ics file by path. */
export async function importFile(path: string) {
  return call(() => bound.ImportICS(path));
}

/** exportDialog asks where to save and writes the events named by keys (every interview when empty); "" when cancelled. */
export async function exportDialog(keys: string[] = []): Promise<string> {
  return call(() => bound.ExportICSDialog(keys));
}

/** status says whether Google Calendar is connected, with the last sync. */
export async function status() {
  return call(() => bound.Status());
}

/** connect opens Google's consent page in the system browser and waits for the user to come back. */
export async function connect() {
  return call(() => bound.Connect());
}

/** cancelConnect stops a connect that is waiting for the browser. */
export async function cancelConnect(): Promise<void> {
  await call(() => bound.CancelConnect());
}

/** setClient stores the user's own Google Desktop OAuth client ("" id = the built-in one). */
export async function setClient(clientId: string, clientSecret: string): Promise<void> {
  await call(() => bound.SetClient(clientId, clientSecret));
}

/** sync starts a Google sync and returns its job id (progress via job:progress, the SyncReport via job:done). */
export async function sync(): Promise<string> {
  return call(() => bound.Sync());
}

/** syncResult is the SyncReport a sync's successful job:done carries (service.Calendar.syncJob), null for none. */
export function syncResult(done: Pick<JobDone, 'result'>): SyncReport | null {
  return (done.result as SyncReport | null | undefined) ?? null;
}

/** cancel stops a running sync job. */
export async function cancel(jobId: string): Promise<void> {
  await call(() => bound.Cancel(jobId));
}

/** setSyncInterval sets the automatic sync interval in minutes (0 = off, else 5..1440). */
export async function setSyncInterval(minutes: number): Promise<void> {
  await call(() => bound.SetSyncInterval(minutes));
}

/** disconnect revokes access at Google and forgets the token; deleteEvents also removes imported Google events. */
export async function disconnect(deleteEvents: boolean) {
  return call(() => bound.Disconnect(deleteEvents));
}

/**
 * copyText puts text on the clipboard: through the app's runtime inside
 * Huntbook, else the browser's clipboard. It resolves to false when neither
 * worked.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (hasRuntime()) return await ClipboardSetText(text);
    // Undefined outside a secure context, whatever lib.dom says.
    const clipboard = typeof navigator !== 'undefined' ? (navigator.clipboard as Clipboard | undefined) : undefined;
    if (clipboard) {
      await clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through: the caller says it could not copy
  }
  return false;
}
