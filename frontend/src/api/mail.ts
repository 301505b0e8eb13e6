/**
 * Typed calls to service.Mail: job e-mail read on this machine (files,
 * pasted text, the IMAP check), kept as proposals matched to applications,
 * which the user confirms (with edits) or dismisses. Results are as Go
 * sends them (generated.ts); an import runs as a job (mail-import) whose
 * job:done carries a MailImportReport.
 */
import { call, goStruct } from './backend';
import { runJob, type JobDone, type JobProgress } from './events';
import type * as go from './generated';

export type MailMessage = go.MailMessage;
export type MailKind = go.MailKind;
export type MailSettings = go.MailSettings;
export type MailImportReport = go.MailImportReport;
export type MailBulkResult = go.MailBulkResult;
export type MailPasteResult = go.MailPasteResult;
export type MailSlot = go.MailSlot;
/** The user's word on a proposal (Go's model.MailConfirm); fields left out take what was read. */
export type MailConfirm = Partial<go.MailConfirm> & { id: number };

const bound = goStruct('service', 'Mail');

/** The kinds a kept message may have, with their words, in the order the edit form lists them. */
export const mailKinds: readonly { value: Exclude<MailKind, 'other'>; label: string }[] = [
  { value: 'rejection', label: 'Rejection' },
  { value: 'interview', label: 'Interview' },
  { value: 'offer', label: 'Offer' },
  { value: 'confirmation', label: 'Application received' },
  { value: 'assessment', label: 'Assessment' },
  { value: 'outreach', label: 'Recruiter outreach' },
];

/** proposals lists the messages waiting for the user's word, newest first. */
export function proposals(): Promise<MailMessage[]> {
  return call(() => bound.Proposals());
}

/** history lists the messages already confirmed, applied automatically or dismissed, newest first. */
export function history(limit = 200): Promise<MailMessage[]> {
  return call(() => bound.History(limit));
}

/** confirm does what a proposal says, with the user's edits. */
export function confirm(input: MailConfirm): Promise<MailMessage> {
  return call(() => bound.Confirm(input));
}

/** confirmMany confirms proposals as proposed; the ones that need a choice are reported back. */
export function confirmMany(ids: number[]): Promise<MailBulkResult> {
  return call(() => bound.ConfirmMany(ids));
}

/** dismiss sets a proposal aside for good: the same message read again does not bring it back. */
export function dismiss(id: number): Promise<MailMessage> {
  return call(() => bound.Dismiss(id));
}

/** paste reads a message pasted as text (whole with its headers, or only its text). */
export function paste(text: string): Promise<MailPasteResult> {
  return call(() => bound.Paste(text));
}

/** settings reads the e-mail settings. */
export function settings(): Promise<MailSettings> {
  return call(() => bound.Settings());
}

/** saveSettings stores the e-mail settings. */
export function saveSettings(s: MailSettings): Promise<MailSettings> {
  return call(() => bound.SaveSettings(s));
}

/** cancelImport stops a running import; what was read stays. */
export function cancelImport(jobId: string): Promise<void> {
  return call(() => bound.CancelImport(jobId));
}

/** How an import ended. */
export type ImportOutcome =
  { status: 'done'; report: MailImportReport } | { status: 'cancelled' } | { status: 'failed'; message: string };

/** Callbacks of an import while it runs. */
export interface ImportWatch {
  onStart?: (jobId: string) => void;
  onProgress?: (p: JobProgress) => void;
}

function outcomeOf(d: JobDone): ImportOutcome {
  if (d.ok) {
    const r = (d.result ?? {}) as Partial<MailImportReport>;
    return {
      status: 'done',
      report: {
        read: r.read ?? 0,
        kept: r.kept ?? 0,
        autoApplied: r.autoApplied ?? 0,
        known: r.known ?? 0,
        other: r.other ?? 0,
        broken: Array.isArray(r.broken) ? r.broken : [],
        cancelled: r.cancelled === true,
      },
    };
  }
  if (d.cancelled || d.errorCode === 'canceled') return { status: 'cancelled' };
  return { status: 'failed', message: d.errorMessage || 'The e-mail could not be read.' };
}

/** runImport runs an import job (runJob) and says how it ended; a dialog the user closed is 'cancelled'. */
async function runImport(start: () => Promise<string>, watch: ImportWatch): Promise<ImportOutcome> {
  const done = await runJob(start, watch);
  return done ? outcomeOf(done) : { status: 'cancelled' };
}

/** importPaths reads .eml and .mbox files and folders of them (dropped on the window). */
export function importPaths(paths: string[], watch: ImportWatch = {}): Promise<ImportOutcome> {
  return runImport(() => bound.Import(paths), watch);
}

/** importDialog asks for .eml or .mbox files with the native dialog and reads them. */
export function importDialog(watch: ImportWatch = {}): Promise<ImportOutcome> {
  return runImport(() => bound.ImportDialog(), watch);
}

/** importFolderDialog asks for a folder of e-mail files and reads it. */
export function importFolderDialog(watch: ImportWatch = {}): Promise<ImportOutcome> {
  return runImport(() => bound.ImportFolderDialog(), watch);
}
