/**
 * Typed calls to nativehost.Registrar (Settings → Browser: connect the
 * browser extension to Huntbook) and the `app:open` event (the window was
 * asked, by the extension's "Open in Huntbook", to show an application).
 */
import * as bound from '../../wailsjs/go/nativehost/Registrar';
import type { nativehost } from '../../wailsjs/go/models';
import { EventsOn } from '../../wailsjs/runtime/runtime';
import { call } from './backend';
import { hasRuntime } from './events';
import { obj, str, num, listOf, type Assert, type SameFields } from './read';

/**
 * Whether Huntbook's host is registered with a browser: registered,
 * registered but the program it starts is gone, not registered, someone
 * else's manifest under Huntbook's name, or a manifest that cannot be read.
 */
export type HostState = 'registered' | 'program-missing' | 'not-registered' | 'foreign' | 'unreadable';

/** One supported browser (nativehost.BrowserState). */
export interface BrowserState {
  name: string;
  /** The browser is installed for this user. */
  found: boolean;
  state: HostState;
  manifestPath: string;
  /** The program the manifest starts, when registered. */
  starts: string;
}

/** Everything Settings → Browser shows (nativehost.BrowserStatus). */
export interface BrowserStatus {
  browsers: BrowserState[];
  /** The built extension beside the program, "" when there is none. */
  extensionDir: string;
  chromeExtensionId: string;
  firefoxExtensionId: string;
}

/** Fail to compile when the generated models and these types differ in field names. */
export type BrowserStateDriftCheck = Assert<SameFields<nativehost.BrowserState, BrowserState>>;
export type BrowserStatusDriftCheck = Assert<SameFields<nativehost.BrowserStatus, BrowserStatus>>;

const states: HostState[] = ['registered', 'program-missing', 'not-registered', 'foreign', 'unreadable'];

/** readBrowserState normalises one browser; an unknown state reads as unreadable. */
export function readBrowserState(x: unknown): BrowserState {
  const o = obj(x);
  const state = states.find((s) => s === o.state) ?? 'unreadable';
  return {
    name: str(o.name),
    found: o.found === true,
    state,
    manifestPath: str(o.manifestPath),
    starts: str(o.starts),
  };
}

/** readBrowserStatus normalises the status (Go's nil list arrives as null). */
export function readBrowserStatus(x: unknown): BrowserStatus {
  const o = obj(x);
  return {
    browsers: listOf(o.browsers, readBrowserState),
    extensionDir: str(o.extensionDir),
    chromeExtensionId: str(o.chromeExtensionId),
    firefoxExtensionId: str(o.firefoxExtensionId),
  };
}

/** status lists the supported browsers and whether Huntbook's host is registered with each. */
export async function status(): Promise<BrowserStatus> {
  return readBrowserStatus(await call(() => bound.Status()));
}

/** connect registers Huntbook's host with the browser named; it resolves to the new status. */
export async function connect(name: string): Promise<BrowserStatus> {
  return readBrowserStatus(await call(() => bound.Install(name)));
}

/** disconnect removes Huntbook's host from the browser named; it resolves to the new status. */
export async function disconnect(name: string): Promise<BrowserStatus> {
  return readBrowserStatus(await call(() => bound.Uninstall(name)));
}

/** readOpenRequest reads an `app:open` payload: the application id, 0 when there is none. */
export function readOpenRequest(x: unknown): number {
  const id = num(obj(x).id);
  return Number.isInteger(id) && id > 0 ? id : 0;
}

/**
 * onOpenRequest calls handler with the id of each application the window is
 * asked to show (`huntbook --open-application ID`, at start or from a second
 * start); it returns the unsubscribe function, and does nothing outside the app.
 */
export function onOpenRequest(handler: (id: number) => void): () => void {
  if (!hasRuntime()) return () => {};
  const off = EventsOn('app:open', (payload: unknown) => {
    const id = readOpenRequest(payload);
    if (id) handler(id);
  });
  return typeof off === 'function' ? off : () => {};
}
