import { useEffect, useRef } from 'react';
import { Button, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCalendarEvent } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { calendar } from '../../api';
import { openApplication } from '../../app/navigation';
import { queryKeys } from '../../app/queryKeys';
import { JoinLink } from '../../shared/JoinLink';
import { dueReminders, reminderId } from './reminders';
import { formatTimeUntil } from '../../shared/format';
import { interviewTime } from './summary';

/** How often the agenda is read again to schedule reminders entering the horizon. */
const refreshEvery = 60 * 60_000;

/** showInterviewReminder raises the in-app reminder for an interview about to start. */
export function showInterviewReminder(iv: calendar.Interview, now = Date.now()) {
  const appId = iv.application?.id ?? 0;
  notifications.show({
    id: `interview-${reminderId(iv)}`,
    color: 'grape',
    icon: <IconCalendarEvent size={18} aria-hidden />,
    title: `Interview ${formatTimeUntil(iv.start, now)}`,
    autoClose: false,
    message: (
      <Stack gap={4} align="flex-start">
        <Text size="sm" fw={500}>
          {iv.title}
        </Text>
        <Text size="xs" c="dimmed">
          {interviewTime(iv)}
          {iv.company ? ` · ${iv.company}` : ''}
          {iv.location ? ` · ${iv.location}` : ''}
        </Text>
        <JoinLink url={iv.meetingUrl} compact />
        {appId > 0 && (
          <Button size="compact-xs" variant="light" onClick={() => openApplication(appId)}>
            Open application
          </Button>
        )}
      </Stack>
    ),
  });
}

/**
 * InterviewReminders sets a timer per upcoming interview (15 minutes before
 * it starts) while the app is open. Its read of the agenda is a query, read
 * again when applications change or a job ends (app/invalidation.ts) and
 * every hour. Each reminder shows once. It renders nothing; mount it once,
 * inside the app.
 */
export function InterviewReminders() {
  const shown = useRef(new Set<string>());
  // A failed read shows nothing here (the agenda view shows load errors); the next refresh tries again.
  const { data: items } = useQuery({
    queryKey: queryKeys.agenda.reminders,
    queryFn: () => calendar.interviews(),
    refetchInterval: refreshEvery,
  });
  useEffect(() => {
    if (!items) return;
    const timers = dueReminders(items, Date.now(), shown.current).map((r) =>
      window.setTimeout(() => {
        if (shown.current.has(r.id)) return;
        shown.current.add(r.id);
        showInterviewReminder(r.interview);
      }, r.delay),
    );
    return () => timers.forEach((t) => window.clearTimeout(t));
  }, [items]);
  return null;
}
