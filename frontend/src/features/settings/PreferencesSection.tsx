import { useEffect, useState } from 'react';
import { Alert, Group, Paper, Radio, Stack, Switch, Text, Title } from '@mantine/core';
import { useMantineColorScheme } from '@mantine/core';
import { settings, type settings as S } from '../../api';
import { messageOf } from '../detail/action';
import { colorScheme } from './ThemeFromSettings';

/** PreferencesSection edits the theme, how the board shows closed cards, and OS notifications. */
export function PreferencesSection() {
  const { setColorScheme } = useMantineColorScheme();
  const [prefs, setPrefs] = useState<S.Preferences | null>(null);
  const [error, setError] = useState<{ field?: string; message: string } | null>(null);

  useEffect(() => {
    let live = true;
    settings
      .get()
      .then((p) => live && setPrefs(p))
      .catch((e: unknown) => live && setError({ message: messageOf(e) }));
    return () => {
      live = false;
    };
  }, []);

  const change = async (next: S.Preferences) => {
    const before = prefs;
    setPrefs(next);
    if (next.theme !== before?.theme) setColorScheme(colorScheme(next.theme));
    try {
      setPrefs(await settings.save(next));
      setError(null);
    } catch (e) {
      const err = e as Error & { field?: string };
      setPrefs(before);
      if (before && next.theme !== before.theme) setColorScheme(colorScheme(before.theme));
      setError({ field: err.field, message: err.message });
    }
  };

  const fieldError = (f: string) => (error?.field === f ? error.message : undefined);

  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="md">
        <Title order={3} size="h4">
          Appearance and reminders
        </Title>
        {error && !error.field && (
          <Alert color="red" role="alert" title="Could not save settings">
            {error.message}
          </Alert>
        )}
        {prefs === null ? (
          <Text c="dimmed">Loading…</Text>
        ) : (
          <>
            <Radio.Group
              label="Theme"
              value={prefs.theme}
              onChange={(v) => void change({ ...prefs, theme: v as S.ThemePreference })}
              error={fieldError('theme')}
            >
              <Group mt="xs">
                <Radio value="system" label="System" />
                <Radio value="light" label="Light" />
                <Radio value="dark" label="Dark" />
              </Group>
            </Radio.Group>
            <Radio.Group
              label="Closed applications on the board"
              description="Rejected, ghosted or withdrawn applications"
              value={prefs.closedCards}
              onChange={(v) => void change({ ...prefs, closedCards: v as S.ClosedCards })}
              error={fieldError('closedCards')}
            >
              <Group mt="xs">
                <Radio value="fade" label="Fade in their column" />
                <Radio value="lane" label="Move to a Closed lane" />
              </Group>
            </Radio.Group>
            <Switch
              label="System notifications for due follow-ups"
              description="Reminders always show inside Huntbook; this also asks your desktop to show them."
              checked={prefs.notifications}
              onChange={(e) => void change({ ...prefs, notifications: e.currentTarget.checked })}
              error={fieldError('notifications')}
            />
          </>
        )}
      </Stack>
    </Paper>
  );
}
