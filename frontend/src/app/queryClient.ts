/**
 * The page's data layer: one TanStack Query client for every read the views
 * make from the Go backend. The backend is a local process in the same
 * window, so the defaults differ from a web app's: no retries (a local call
 * that fails will fail again; the view shows the error and a retry button),
 * no refetch when the window regains focus or the network comes back (other
 * writers announce themselves with `app:changed`, see ./invalidation), and a
 * short staleTime so views that mount together share one read.
 */
import { QueryClient } from '@tanstack/react-query';

/** How long a read counts as fresh: long enough to share it between views mounting together. */
export const staleTime = 10_000;

/** createQueryClient makes a client with the app's defaults (one per window; tests make their own). */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: false,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        staleTime,
      },
      mutations: { retry: false },
    },
  });
}
