/**
 * Navigation to an application: a tiny store any view (list, board,
 * palette, contacts...) uses to show one application in the detail drawer,
 * on one of its tabs, and the guard the drawer sets against losing edits.
 * The signal that applications changed lives beside it in ./changes.
 *
 *   import { openApplication } from '../../app/navigation';
 *   openApplication(42);
 */
import { useSyncExternalStore } from 'react';
import { onOpenRequest } from '../api/browser';

let openId = 0;
const openListeners = new Set<() => void>();

function emitOpen() {
  for (const l of openListeners) l();
}

/**
 * A leave guard is asked before the shown application is replaced or closed;
 * it returns false to stay (the detail uses it to ask about unsaved edits,
 * then calls openApplication(next, true) or closeApplication() itself).
 */
export type LeaveGuard = (next: number) => boolean;
let guard: LeaveGuard | null = null;

/** setLeaveGuard installs g until the returned function is called. */
export function setLeaveGuard(g: LeaveGuard): () => void {
  guard = g;
  return () => {
    if (guard === g) guard = null;
  };
}

/**
 * openApplication shows the application with this id in the detail drawer,
 * replacing any shown one unless its leave guard says no; force skips the guard.
 */
export function openApplication(id: number, force = false): void {
  if (!Number.isInteger(id) || id <= 0 || id === openId) return;
  if (!force && openId !== 0 && guard && !guard(id)) return;
  if (tabRequest.id !== id) clearTabRequest(); // a plain open starts on Details
  openId = id;
  emitOpen();
}

// The window was asked to show an application (`huntbook --open-application
// ID`: the browser extension's "Open in Huntbook"), at start or while open.
onOpenRequest((id) => openApplication(id));

/** The drawer's tabs, for openApplicationAt. */
export type DetailTab = 'details' | 'description' | 'notes' | 'contacts' | 'tasks' | 'interviews' | 'timeline' | 'ai';

/** A request to show one tab of an application (and, on the AI tab, a task). */
export interface TabRequest {
  id: number;
  tab: DetailTab;
  /** The AI task to preselect, e.g. "interview-prep"; "" for none. */
  task: string;
  /** Counts requests, so asking twice for the same tab is still a change. */
  seq: number;
}

let tabRequest: TabRequest = { id: 0, tab: 'details', task: '', seq: 0 };
const tabListeners = new Set<() => void>();

function clearTabRequest() {
  if (tabRequest.id === 0) return;
  tabRequest = { id: 0, tab: 'details', task: '', seq: tabRequest.seq };
  for (const l of tabListeners) l();
}

/**
 * openApplicationAt shows an application on one tab of the drawer (the
 * agenda's "Prepare" opens the AI tab with interview prep chosen). If that
 * application is already shown, only the tab changes.
 */
export function openApplicationAt(id: number, tab: DetailTab, task = ''): void {
  if (!Number.isInteger(id) || id <= 0) return;
  tabRequest = { id, tab, task, seq: tabRequest.seq + 1 };
  for (const l of tabListeners) l();
  openApplication(id);
}

/** useTabRequest is the latest openApplicationAt request, re-rendering when a new one comes. */
export function useTabRequest(): TabRequest {
  return useSyncExternalStore(
    (l) => {
      tabListeners.add(l);
      return () => tabListeners.delete(l);
    },
    () => tabRequest,
    () => tabRequest,
  );
}

/** closeApplication hides the detail drawer at once (after a delete, say), whatever the guard thinks. */
export function closeApplication(): void {
  if (openId === 0) return;
  clearTabRequest();
  openId = 0;
  emitOpen();
}

/**
 * requestCloseApplication hides the detail drawer if its leave guard agrees;
 * it returns true when nothing is shown any more (so the caller can go on).
 */
export function requestCloseApplication(): boolean {
  if (openId === 0) return true;
  if (guard && !guard(0)) return false;
  closeApplication();
  return true;
}

/** openedApplication returns the id shown in the detail drawer, 0 when it is closed. */
export function openedApplication(): number {
  return openId;
}

function subscribeOpen(listener: () => void): () => void {
  openListeners.add(listener);
  return () => openListeners.delete(listener);
}

/** useOpenedApplication is the id shown in the detail drawer (0 when closed), re-rendering when it changes. */
export function useOpenedApplication(): number {
  return useSyncExternalStore(subscribeOpen, openedApplication, openedApplication);
}

const viewListeners = new Set<(view: string) => void>();

/**
 * showView asks the shell to switch to a view ("followups", ...), closing the
 * detail first (which may ask about unsaved edits): for parts that live
 * outside the shell, such as the reminders' summary.
 */
export function showView(view: string): void {
  for (const l of viewListeners) l(view);
}

/** onShowView calls listener with each view asked for by showView until the returned function is called. */
export function onShowView(listener: (view: string) => void): () => void {
  viewListeners.add(listener);
  return () => viewListeners.delete(listener);
}
