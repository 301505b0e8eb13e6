import type { ReactElement, ReactNode } from 'react';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { DataProvider } from '../app/DataProvider';
import { createQueryClient } from '../app/queryClient';
import { theme } from '../theme';

/** testQueryClient is a query client with the app's defaults and no garbage-collection timers left behind. */
export function testQueryClient(): QueryClient {
  const client = createQueryClient();
  client.setDefaultOptions({
    ...client.getDefaultOptions(),
    queries: { ...client.getDefaultOptions().queries, gcTime: Infinity },
  });
  return client;
}

/**
 * renderWithTheme renders ui inside the app's providers: Mantine (test env:
 * no transitions, no portals), notifications and the data layer with a
 * query client of its own (pass one to look at its cache) and the change bus,
 * but not the backend's events (tests that mock those subscribe themselves;
 * app/invalidation.test.tsx covers them). rerender keeps the providers.
 */
export function renderWithTheme(ui: ReactElement, client: QueryClient = testQueryClient()) {
  function Providers({ children }: { children: ReactNode }) {
    return (
      <MantineProvider theme={theme} env="test">
        <Notifications />
        <DataProvider client={client} backendEvents={false}>
          {children}
        </DataProvider>
      </MantineProvider>
    );
  }
  return render(ui, { wrapper: Providers });
}
