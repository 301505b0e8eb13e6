import { useEffect, useRef } from 'react';
import { Button, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCalendarEvent } from '@tabler/icons-react';
import { calendar, events } from '../../api';
import { onApplicationsChanged } from '../../app/changes';
import { openApplication } from '../../app/navigation';
import { JoinLink } from './JoinLink';
import { dueReminders, minutesUntil, reminderId } from './reminders';
import { timeRange } from './format';

/** How often the agenda is read again to schedule reminders entering the horizon. */
const refreshEvery = 60 * 60_000;

/** showInterviewReminder raises the in-app reminder for an interview about to start. */
export function showInterviewReminder(iv: calendar.Interview, now = Date.now()) {
  const appId = iv.application?.id ?? 0;
  notifications.show({
    id: `interview-${reminderId(iv)}`,
    color: 'grape',
    icon: <IconCalendarEvent size={18} aria-hidden />,
    title: `Interview ${minutesUntil(iv.start, now)}`,
    autoClose: false,
    message: (
      <Stack gap={4} align="flex-start">
        <Text size="sm" fw={500}>
          {iv.title}
        </Text>
        <Text size="xs" c="dimmed">
          {timeRange(iv.start, iv.end, iv.allDay)}
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
 * it starts) while the app is open, and reads the agenda again when
 * applications change (confirm, import, the detail), when a job ends (a
 * calendar sync) and every hour. Each reminder shows once. It renders
 * nothing; mount it once, inside the app.
 */
export function InterviewReminders() {
  const shown = useRef(new Set<string>());
  useEffect(() => {
    let timers: number[] = [];
    let alive = true;
    let seq = 0;
    const clear = () => {
      for (const t of timers) window.clearTimeout(t);
      timers = [];
    };
    const load = async () => {
      const mine = ++seq;
      let items: calendar.Interview[];
      try {
        items = await calendar.interviews();
      } catch {
        return; // the agenda view shows load errors; reminders try again on the next refresh
      }
      if (!alive || mine !== seq) return;
      clear();
      for (const r of dueReminders(items, Date.now(), shown.current)) {
        timers.push(
          window.setTimeout(() => {
            if (shown.current.has(r.id)) return;
            shown.current.add(r.id);
            showInterviewReminder(r.interview);
          }, r.delay),
        );
      }
    };
    void load();
    const every = window.setInterval(() => void load(), refreshEvery);
    const offChanged = onApplicationsChanged(() => void load());
    const offDone = events.onJobDone(() => void load());
    return () => {
      alive = false;
      clear();
      window.clearInterval(every);
      offChanged();
      offDone();
    };
  }, []);
  return null;
}
