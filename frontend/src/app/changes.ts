/**
 * The change bus: the detail, the views and the backend's `app:changed`
 * say which applications changed, and whoever shows them reads again.
 *
 *   import { applicationsChanged } from '../../app/changes';
 *   applicationsChanged([42]); // after a write the page made itself
 */

const changeListeners = new Set<(ids: number[]) => void>();

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
