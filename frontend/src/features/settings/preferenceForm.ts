import { useMantineColorScheme } from '@mantine/core';
import { toApiError, type settings as S } from '../../api';
import { usePreferences, useSavePreferences } from '../../app/preferences';
import { colorScheme } from './ThemeFromSettings';

/**
 * usePreferenceForm is what a section of preferences needs: the query, the
 * values to show (the change being saved over the stored ones, so a click
 * shows at once), change (a theme change applies to the window at once and
 * is undone if the save fails), and the save's error, under its field when
 * the backend named one.
 */
export function usePreferenceForm() {
  const query = usePreferences();
  const save = useSavePreferences();
  const { setColorScheme } = useMantineColorScheme();
  const shown: S.Preferences | undefined =
    query.data && save.isPending ? { ...query.data, ...save.variables } : query.data;
  const failed = save.error ? toApiError(save.error) : null;

  const change = (next: Partial<S.Preferences>) => {
    const before = query.data;
    if (next.theme && next.theme !== before?.theme) setColorScheme(colorScheme(next.theme));
    save.mutate(next, {
      onError: () => {
        if (before && next.theme && next.theme !== before.theme) setColorScheme(colorScheme(before.theme));
      },
    });
  };

  return {
    query,
    shown,
    change,
    /** The save's message when it concerns field f. */
    fieldError: (f: keyof S.Preferences) => (failed?.field === f ? failed.message : undefined),
    /** A failed save that names no field of this form. */
    formError: failed && !failed.field ? save.error : null,
    dismiss: () => save.reset(),
  };
}
