/**
 * Which providers the user has seen a preview for. The first run on a
 * provider (name, address, model and kind: change any and it is a new one)
 * needs the user to confirm the exact text that will be sent. Kept in the
 * page's local storage, which lives in the app's own data folder.
 */
import type { assistant } from '../../api';

const storageKey = 'huntbook.ai.previewConfirmed';

/** providerKey identifies a provider as far as confirmation goes. */
export function providerKey(p: Pick<assistant.Provider, 'name' | 'baseURL' | 'model' | 'kind'>): string {
  return [p.name.trim().toLowerCase(), p.baseURL.trim(), p.model.trim(), p.kind].join('|');
}

/** storage is the page's localStorage, or undefined where there is none (Node). */
function storage(): Storage | undefined {
  return globalThis.localStorage;
}

function read(): string[] {
  try {
    const v: unknown = JSON.parse(storage()?.getItem(storageKey) ?? '[]');
    return Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : [];
  } catch {
    return [];
  }
}

/** isConfirmed reports whether the user already confirmed a preview for this provider. */
export function isConfirmed(key: string): boolean {
  return read().includes(key);
}

/** confirm remembers that the user confirmed a preview for this provider. */
export function confirm(key: string): void {
  const all = read();
  if (all.includes(key)) return;
  try {
    storage()?.setItem(storageKey, JSON.stringify([...all, key].slice(-200)));
  } catch {
    // storage full or refused: the preview will simply be asked for again
  }
}
