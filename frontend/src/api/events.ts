/**
 * Backend events (backend/shellport/events.go; backend/jobrun sends
 * job:progress and job:done) and the long jobs that report through them.
 * Each on* function returns an unsubscribe function and is a no-op outside
 * the app (no Wails runtime on the page).
 */
import { EventsOn } from '../../wailsjs/runtime/runtime';
import { call, goStruct } from './backend';
import type * as go from './generated';
import type { AIDelta, ReminderDue } from './generated';
import { obj, str, num } from './read';

declare global {
  interface Window {
    /** Set by the Wails runtime inside the app window. */
    runtime?: { EventsOnMultiple?: unknown };
  }
}

/**
 * Payload of `app:changed`: applications created, changed or deleted outside
 * the UI's own call. No ids means anything may have changed: another program
 * (the command line's wipe, add or move, the browser extension) wrote to the
 * database; then savedFromBrowser (Go's OutsideChange) lists, oldest first,
 * the applications the browser extension saved since the window last looked.
 */
export type AppChanged = go.AppChanged & Partial<Pick<go.OutsideChange, 'savedFromBrowser'>>;

/** Payload of `job:progress`, message filled ('' when Go left it out). */
export type JobProgress = Required<go.JobProgress>;

/** Payload of `job:done`, the error fields filled ('' / false when Go left them out). */
export type JobDone = Required<Omit<go.JobDone, 'result'>> & Pick<go.JobDone, 'result'>;

export type { AIDelta, ReminderDue, SavedFromBrowser } from './generated';

/*
 * The read* functions below stay: event payloads are not bound results, so
 * TestBoundResultsHaveNoNullLists does not cover them, omitempty fields
 * (job:progress message, job:done error) arrive missing, and a handler must
 * not throw on a payload from an older or newer backend.
 */

type Off = () => void;
const noop: Off = () => {};

/** hasRuntime reports whether Wails' event runtime is on the page. */
export function hasRuntime(): boolean {
  return typeof window !== 'undefined' && typeof window.runtime?.EventsOnMultiple === 'function';
}

function on<T>(name: string, handler: (payload: T) => void, read: (x: unknown) => T): Off {
  if (!hasRuntime()) return noop;
  const off = EventsOn(name, (payload: unknown) => handler(read(payload)));
  return typeof off === 'function' ? off : noop;
}

/** readAppChanged normalises an `app:changed` payload. */
export function readAppChanged(x: unknown): AppChanged {
  const o = obj(x);
  const ids = o.ids;
  const saved = Array.isArray(o.savedFromBrowser) ? o.savedFromBrowser : [];
  return {
    ids: Array.isArray(ids) ? ids.filter((i): i is number => typeof i === 'number') : [],
    savedFromBrowser: saved
      .map((v) => {
        const s = obj(v);
        return { id: num(s.id), title: str(s.title), company: str(s.company) };
      })
      .filter((s) => s.id > 0),
  };
}

/** readReminderDue normalises a `reminder:due` payload. */
export function readReminderDue(x: unknown): ReminderDue {
  const o = obj(x);
  return {
    applicationId: num(o.applicationId),
    title: str(o.title),
    due: str(o.due),
    company: str(o.company),
    applicationTitle: str(o.applicationTitle),
  };
}

/** readJobProgress normalises a `job:progress` payload. */
export function readJobProgress(x: unknown): JobProgress {
  const o = obj(x);
  return { id: str(o.id), done: num(o.done), total: num(o.total), message: str(o.message) };
}

/** readJobDone normalises a `job:done` payload. */
export function readJobDone(x: unknown): JobDone {
  const o = obj(x);
  return {
    id: str(o.id),
    ok: o.ok === true,
    cancelled: o.cancelled === true,
    errorCode: str(o.errorCode),
    errorMessage: str(o.errorMessage),
    result: o.result,
  };
}

/** Payload of `mail:changed`: job e-mail was read, confirmed or dismissed. */
export type MailChanged = go.MailChanged;

/** readMailChanged normalises a `mail:changed` payload. */
export function readMailChanged(x: unknown): MailChanged {
  return { proposed: num(obj(x).proposed) };
}

/** onMailChanged calls handler when job e-mail was read (an import, an IMAP check), confirmed or dismissed. */
export function onMailChanged(handler: (e: MailChanged) => void): Off {
  return on('mail:changed', handler, readMailChanged);
}

/** readAIDelta normalises an `ai:delta` payload. */
export function readAIDelta(x: unknown): AIDelta {
  const o = obj(x);
  return { id: str(o.id), text: str(o.text) };
}

/** onAIDelta calls handler for each batch (about every 50 ms) of a running AI task's output. */
export function onAIDelta(handler: (e: AIDelta) => void): Off {
  return on('ai:delta', handler, readAIDelta);
}

/** onAppChanged calls handler when applications change outside the UI (import, sync, other programs such as the CLI). */
export function onAppChanged(handler: (e: AppChanged) => void): Off {
  return on('app:changed', handler, readAppChanged);
}

/** onReminderDue calls handler once per follow-up that comes due while the app is open. */
export function onReminderDue(handler: (e: ReminderDue) => void): Off {
  return on('reminder:due', handler, readReminderDue);
}

/** onJobProgress calls handler for progress of any long job. */
export function onJobProgress(handler: (e: JobProgress) => void): Off {
  return on('job:progress', handler, readJobProgress);
}

/** onJobDone calls handler when any long job ends. */
export function onJobDone(handler: (e: JobDone) => void): Off {
  return on('job:done', handler, readJobDone);
}

/**
 * startCVImport opens the native file dialog and starts importing the chosen
 * CV as a job; it resolves to the job id, or "" when the user cancelled.
 * (It belongs with the CV screen's API when that lands; it is here because
 * first run needs only this one call.)
 */
export async function startCVImport(label: string): Promise<string> {
  return call(() => goStruct('service', 'Profile').ImportCVDialog(label));
}

/** Callbacks of a background job while it runs. */
export interface JobWatch {
  /** The job started (its id, to cancel it). */
  onStart?: (jobId: string) => void;
  onProgress?: (p: JobProgress) => void;
}

/**
 * runJob starts a background job and waits for its job:done event; null when
 * start returned no id (a dialog the user closed). It listens before
 * starting, so a job that ends before its id comes back is not missed.
 */
export async function runJob(start: () => Promise<string>, watch: JobWatch = {}): Promise<JobDone | null> {
  const early = new Map<string, JobDone>();
  let jobId = '';
  let settle: ((d: JobDone) => void) | null = null;
  const offDone = onJobDone((d) => {
    if (jobId && d.id === jobId && settle) settle(d);
    else early.set(d.id, d);
  });
  const offProgress = onJobProgress((p) => {
    if (p.id === jobId) watch.onProgress?.(p);
  });
  try {
    jobId = await call(start);
    if (!jobId) return null;
    watch.onStart?.(jobId);
    return early.get(jobId) ?? (await new Promise<JobDone>((resolve) => (settle = resolve)));
  } finally {
    offDone();
    offProgress();
  }
}
