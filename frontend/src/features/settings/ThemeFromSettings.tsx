import { useEffect } from 'react';
import { useMantineColorScheme, type MantineColorScheme } from '@mantine/core';
import { hasBackend, settings, type settings as S } from '../../api';

/** colorScheme maps the stored theme preference to Mantine's colour scheme. */
export function colorScheme(theme: S.ThemePreference): MantineColorScheme {
  return theme === 'system' ? 'auto' : theme;
}

/**
 * ThemeFromSettings applies the stored theme (Settings.Get) to Mantine's
 * colour scheme once at start; the Settings page applies later changes.
 * It renders nothing and must sit inside the MantineProvider.
 */
export function ThemeFromSettings() {
  const { setColorScheme } = useMantineColorScheme();
  useEffect(() => {
    if (!hasBackend()) return;
    let live = true;
    settings
      .get()
      .then((p) => live && setColorScheme(colorScheme(p.theme)))
      .catch(() => undefined); // keep the current scheme; the Settings page shows the error
    return () => {
      live = false;
    };
  }, [setColorScheme]);
  return null;
}
