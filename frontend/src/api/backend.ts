import { ApiError, toApiError } from './errors';
import type { Go } from './generated';

declare global {
  interface Window {
    /** Set by the Wails runtime: the bound Go structs, by package and struct name. */
    go?: { service?: Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>> };
  }
}

/** Message shown when the page runs outside the app (a plain browser or `vite dev`). */
export const noBackendMessage = 'Not running inside Huntbook: no backend';

let prerendering = false;

/**
 * assumeBackend makes hasBackend answer yes where there is no page at all:
 * the build-time prerender (src/prerender.tsx) draws the first screen as the
 * app window shows it while its data loads. Calls still fail as unavailable.
 */
export function assumeBackend() {
  prerendering = true;
}

/** bound reports whether the Wails runtime put the Go bindings on the page. */
function bound(): boolean {
  return typeof window !== 'undefined' && typeof window.go?.service === 'object';
}

/** hasBackend reports whether the Go service bindings are present on the page. */
export function hasBackend(): boolean {
  return prerendering || bound();
}

/**
 * orEmpty reads a slice a bound call returned: Go sends a nil slice as null,
 * which the generated types leave out.
 */
export function orEmpty<T>(v: T[] | null | undefined): T[] {
  return v ?? [];
}

/**
 * orNull reads a pointer a bound call returned: Go sends a nil pointer as
 * null, which the generated types leave out.
 */
export function orNull<T>(v: T | null | undefined): T | null {
  return v ?? null;
}

/**
 * call runs one backend call and turns any rejection (or a missing backend)
 * into an ApiError.
 */
export async function call<T>(fn: () => Promise<T>): Promise<T> {
  if (!bound()) throw new ApiError('unavailable', noBackendMessage);
  try {
    return await fn();
  } catch (reason) {
    throw toApiError(reason);
  }
}

/**
 * goStruct returns the methods of one bound Go struct, typed from its Go
 * signatures (generated.ts). Each call looks up window.go when it is made,
 * as Wails' own stubs do, so a module may hold the result from load time.
 * Struct arguments are Partial: Go reads a field left out as its zero value.
 */
export function goStruct<P extends keyof Go, S extends keyof Go[P]>(pkg: P, name: S): Go[P][S] {
  const target = {} as Record<string | symbol, unknown>;
  return new Proxy(target, {
    get: (_, method) => {
      if (typeof method !== 'string') return undefined;
      return (...args: unknown[]) => {
        const structs = (
          window.go as Record<string, Record<string, Record<string, (...a: unknown[]) => Promise<unknown>>>> | undefined
        )?.[pkg];
        const fn = structs?.[name as string]?.[method];
        if (typeof fn !== 'function') return Promise.reject(new ApiError('unavailable', noBackendMessage));
        return fn(...args);
      };
    },
  }) as Go[P][S];
}
