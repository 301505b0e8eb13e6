import { useEffect } from 'react';
import { Button, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBell } from '@tabler/icons-react';
import { events } from '../../api';
import { openApplication } from '../../app/navigation';
import { dayOf, relative, today } from './dates';

/** showReminder raises the in-app reminder for a follow-up that came due. */
export function showReminder(r: events.ReminderDue) {
  const day = dayOf(r.due);
  notifications.show({
    id: `reminder-${r.applicationId}-${r.title}-${r.due}`,
    color: 'orange',
    icon: <IconBell size={18} aria-hidden />,
    title: 'Follow-up due',
    autoClose: false,
    message: (
      <Stack gap={4} align="flex-start">
        <Text size="sm">{r.title}</Text>
        {day && (
          <Text size="xs" c="dimmed">
            Due {relative(day, today())}
          </Text>
        )}
        {r.applicationId > 0 && (
          <Button size="compact-xs" variant="light" onClick={() => openApplication(r.applicationId)}>
            Open application
          </Button>
        )}
      </Stack>
    ),
  });
}

/**
 * BackendEvents raises an in-app reminder for each `reminder:due`. It renders
 * nothing; mount it once inside the MantineProvider. (What the backend's
 * events change, the data layer reads again: app/invalidation.ts.)
 */
export function BackendEvents() {
  useEffect(() => events.onReminderDue(showReminder), []);
  return null;
}
