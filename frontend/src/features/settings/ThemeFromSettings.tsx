import { useEffect } from 'react';
import { useMantineColorScheme, type MantineColorScheme } from '@mantine/core';
import { hasBackend, type settings as S } from '../../api';
import { usePreferences } from '../../app/preferences';

/** colorScheme maps the stored theme preference to Mantine's colour scheme. */
export function colorScheme(theme: S.ThemePreference): MantineColorScheme {
  return theme === 'system' ? 'auto' : theme;
}

/**
 * ThemeFromSettings applies the stored theme (the preferences query) to
 * Mantine's colour scheme at start and whenever the stored theme changes
 * (Settings, the command palette). It renders nothing and must sit inside
 * the MantineProvider and the DataProvider. A failed read keeps the current
 * scheme; the Settings page shows the error.
 */
export function ThemeFromSettings() {
  const { setColorScheme } = useMantineColorScheme();
  const theme = usePreferences(hasBackend()).data?.theme;
  useEffect(() => {
    if (theme) setColorScheme(colorScheme(theme));
  }, [theme, setColorScheme]);
  return null;
}
