/**
 * The application detail's opener: a tiny store any view (list, board,
 * palette, contacts...) uses to show one application in the detail drawer,
 * and a signal the detail raises after it changed something so views reload.
 *
 *   import { openApplication, onApplicationsChanged } from '../detail/open';
 *   openApplication(42);
 *   useEffect(() => onApplicationsChanged(reload), [reload]);
 */
import { useSyncExternalStore } from 'react';

let openId = 0;
const openListeners = new Set<() => void>();
const changeListeners = new Set<(ids: number[]) => void>();

function emitOpen() {
  for (const l of openListeners) l();
}

/** openApplication shows the application with this id in the detail drawer (replacing any shown one). */
export function openApplication(id: number): void {
  if (!Number.isInteger(id) || id <= 0 || id === openId) return;
  openId = id;
  emitOpen();
}

/** closeApplication hides the detail drawer. */
export function closeApplication(): void {
  if (openId === 0) return;
  openId = 0;
  emitOpen();
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

/**
 * onApplicationsChanged calls listener with the ids the detail changed
 * (edited, moved, deleted, notes, tasks...); it returns the unsubscribe function,
 * so it fits a useEffect directly.
 */
export function onApplicationsChanged(listener: (ids: number[]) => void): () => void {
  changeListeners.add(listener);
  return () => {
    changeListeners.delete(listener);
  };
}

/** applicationsChanged tells every listener that these applications changed. */
export function applicationsChanged(ids: number[]): void {
  for (const l of [...changeListeners]) l(ids);
}
