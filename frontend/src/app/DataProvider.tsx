import { useEffect, useState, type ReactNode } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { createQueryClient } from './queryClient';
import { connectBackendEvents, connectInvalidation } from './invalidation';

/**
 * DataProvider gives its children the query client (a new one unless one is
 * passed) and connects it to the change bus and, with backendEvents, to the
 * backend's events (./invalidation). Mount it once near the root; tests get
 * one without backend events from renderWithTheme.
 */
export function DataProvider({
  client,
  backendEvents = true,
  children,
}: {
  client?: QueryClient;
  backendEvents?: boolean;
  children: ReactNode;
}) {
  const [own] = useState(() => client ?? createQueryClient());
  useEffect(() => connectInvalidation(own), [own]);
  useEffect(() => (backendEvents ? connectBackendEvents(own) : undefined), [own, backendEvents]);
  return <QueryClientProvider client={own}>{children}</QueryClientProvider>;
}
