/**
 * Typed calls to nativehost.Registrar (Settings → Browser: connect the
 * browser extension to Huntbook) and the `app:open` event (the window was
 * asked, by the extension's "Open in Huntbook", to show an application).
 */
import { EventsOn } from '../../wailsjs/runtime/runtime';
import { call, goStruct } from './backend';
import { hasRuntime } from './events';
import type { BrowserStatus } from './generated';
import { num, obj } from './read';

export type { BrowserState, BrowserStatus, HostState } from './generated';

const bound = goStruct('nativehost', 'Registrar');

/** status lists the supported browsers and whether Huntbook's host is registered with each. */
export async function status(): Promise<BrowserStatus> {
  return call(() => bound.Status());
}

/** connect registers Huntbook's host with the browser named; it resolves to the new status. */
export async function connect(name: string): Promise<BrowserStatus> {
  return call(() => bound.Install(name));
}

/** disconnect removes Huntbook's host from the browser named; it resolves to the new status. */
export async function disconnect(name: string): Promise<BrowserStatus> {
  return call(() => bound.Uninstall(name));
}

/**
 * readOpenRequest reads an `app:open` payload: the application id, 0 when
 * there is none. Kept as a reader: the payload comes from a second start's
 * command line, so an id that is not a positive whole number is dropped.
 */
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
