/**
 * Interview reminders while the app is open: which agenda entries need a
 * reminder, and when. The component that sets the timers is
 * InterviewReminders.tsx.
 */
import type { calendar } from '../../api';

/** How long before an interview the reminder shows. */
export const reminderLead = 15 * 60_000;

/** How far ahead timers are set; later interviews are scheduled on a later refresh. */
export const reminderHorizon = 24 * 60 * 60_000;

/** One reminder to show: the interview and the delay from now, in ms. */
export interface DueReminder {
  id: string;
  interview: calendar.Interview;
  delay: number;
}

/** reminderId names one reminder: the event and its start (a moved event gets a new reminder). */
export function reminderId(iv: calendar.Interview): string {
  return `${iv.key}@${iv.start}`;
}

/**
 * dueReminders returns the reminders to set at now: for each timed
 * interview that has not started, one at start minus lead (at once when
 * that moment has passed), within the horizon, skipping the ones already
 * shown. All-day entries get no reminder.
 */
export function dueReminders(
  items: calendar.Interview[],
  now: number,
  shown: ReadonlySet<string>,
  lead = reminderLead,
  horizon = reminderHorizon,
): DueReminder[] {
  const out: DueReminder[] = [];
  for (const iv of items) {
    if (iv.allDay) continue;
    const start = Date.parse(iv.start);
    if (!Number.isFinite(start) || start <= now) continue;
    const id = reminderId(iv);
    if (shown.has(id)) continue;
    const delay = Math.max(0, start - lead - now);
    if (delay > horizon) continue;
    out.push({ id, interview: iv, delay });
  }
  return out.sort((a, b) => a.delay - b.delay);
}
