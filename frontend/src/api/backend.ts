import { ApiError, toApiError } from './errors';

declare global {
  interface Window {
    /** Set by the Wails runtime: the bound Go structs, by package and struct name. */
    go?: { service?: Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>> };
  }
}

/** Message shown when the page runs outside the app (a plain browser or `vite dev`). */
export const noBackendMessage = 'Not running inside Huntbook: no backend';

/** hasBackend reports whether the Go service bindings are present on the page. */
export function hasBackend(): boolean {
  return typeof window !== 'undefined' && typeof window.go?.service === 'object';
}

/**
 * call runs one backend call and turns any rejection (or a missing backend)
 * into an ApiError.
 */
export async function call<T>(fn: () => Promise<T>): Promise<T> {
  if (!hasBackend()) throw new ApiError('unavailable', noBackendMessage);
  try {
    return await fn();
  } catch (reason) {
    throw toApiError(reason);
  }
}
