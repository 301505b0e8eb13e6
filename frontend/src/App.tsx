import { StrictMode } from 'react';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { DataProvider } from './app/DataProvider';
import { BackendEvents } from './features/followups/BackendEvents';
import { ThemeFromSettings } from './features/settings/ThemeFromSettings';
import { StartupGate } from './features/startup/StartupGate';
import { Shell } from './shell/Shell';
import { cssVariables, theme } from './theme';

/**
 * App is the root: theme (light or dark following the system), notifications,
 * the data layer (queries and their invalidation) and the shell, or the page
 * saying why the database could not be opened.
 */
export function App() {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariables} defaultColorScheme="auto">
      <Notifications position="bottom-right" />
      <DataProvider>
        <ThemeFromSettings />
        <BackendEvents />
        <StartupGate>
          <Shell />
        </StartupGate>
      </DataProvider>
    </MantineProvider>
  );
}

/**
 * Root is the whole tree the page renders. The build's prerender
 * (prerender.tsx) and main.tsx's hydration must draw the very same tree, so
 * both take it from here.
 */
export function Root() {
  return (
    <StrictMode>
      <App />
    </StrictMode>
  );
}
