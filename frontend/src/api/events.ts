/**
 * Backend events (backend/shellport/events.go; backend/jobrun sends
 * job:progress and job:done) and the long jobs that report through them.
 * Each on* function returns an unsubscribe function and is a no-op outside
 * the app (no Wails runtime on the page).
 */
import { EventsOn } from '../../wailsjs/runtime/runtime';
import * as profileBound from '../../wailsjs/go/service/Profile';
import { call } from './backend';
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
 * database. savedFromBrowser lists, oldest first, the applications the
 * browser extension saved since the window last looked (for its notice).
 */
export interface AppChanged {
  ids: number[];
  /** Always set by readAppChanged; optional for payloads built by hand. */
  savedFromBrowser?: SavedFromBrowser[];
}

/** An application the browser extension saved. */
export interface SavedFromBrowser {
  id: number;
  title: string;
  company: string;
}

/** Payload of `reminder:due`: a follow-up came due. `due` is a date or an RFC 3339 time. */
export interface ReminderDue {
  applicationId: number;
  title: string;
  due: string;
  /** The application's company and title ("" when the reminder has none). */
  company: string;
  applicationTitle: string;
}

/** Payload of `job:progress`. */
export interface JobProgress {
  id: string;
  done: number;
  total: number;
  message: string;
}

/** Payload of `job:done`. */
export interface JobDone {
  id: string;
  ok: boolean;
  cancelled: boolean;
  errorCode: string;
  errorMessage: string;
  result?: unknown;
}

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

/** Payload of `ai:delta`: the next piece of a running AI task's output. */
export interface AIDelta {
  id: string;
  text: string;
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
  return await call(() => profileBound.ImportCVDialog(label));
}
