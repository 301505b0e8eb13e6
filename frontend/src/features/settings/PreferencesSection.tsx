import { Group, Paper, Radio, Stack, Switch, Title } from '@mantine/core';
import { type settings as S } from '../../api';
import { ActionError, QueryState } from '../../shared/QueryState';
import { usePreferenceForm } from './preferenceForm';

/** PreferencesSection edits the theme, how the board shows closed cards, and OS notifications. */
export function PreferencesSection() {
  const { query, shown, change, fieldError, formError, dismiss } = usePreferenceForm();

  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="md">
        <Title order={3} size="h4">
          Appearance and reminders
        </Title>
        <ActionError error={formError} onDismiss={dismiss} title="Could not save settings" />
        <QueryState of={query} loading="Loading settings" errorTitle="Could not read settings">
          {() =>
            shown && (
              <>
                <Radio.Group
                  label="Theme"
                  value={shown.theme}
                  onChange={(v) => change({ theme: v as S.ThemePreference })}
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
                  value={shown.closedCards}
                  onChange={(v) => change({ closedCards: v as S.ClosedCards })}
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
                  checked={shown.notifications}
                  onChange={(e) => change({ notifications: e.currentTarget.checked })}
                  error={fieldError('notifications')}
                />
              </>
            )
          }
        </QueryState>
      </Stack>
    </Paper>
  );
}
