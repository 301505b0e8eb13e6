import type { ReactElement, ReactNode } from 'react';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { render } from '@testing-library/react';
import { theme } from '../theme';

function Providers({ children }: { children: ReactNode }) {
  return (
    <MantineProvider theme={theme} env="test">
      <Notifications />
      {children}
    </MantineProvider>
  );
}

/** renderWithTheme renders ui inside the app's Mantine provider (test env: no transitions, no portals); rerender keeps it. */
export function renderWithTheme(ui: ReactElement) {
  return render(ui, { wrapper: Providers });
}
