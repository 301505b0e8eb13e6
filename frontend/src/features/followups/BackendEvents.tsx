/**
 * The reminders' summary: the backend raises `reminder:due` once per due
 * follow-up (all of them at every launch, then each new one as it comes due);
 * the page gathers them into one notice ("3 follow-ups due", with a link to
 * Follow-ups), shown once a day and again only for follow-ups not announced
 * yet, and never over a dialog.
 *
 * What was announced today is kept in the page's localStorage: it is the
 * page's own record of what it has shown (like a dismissed hint), not data of
 * the user's search, so it stays out of the database and its backups; if it is
 * lost, the worst case is one more summary.
 */
import { useEffect } from 'react';
import { Anchor, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBell } from '@tabler/icons-react';
import { events } from '../../api';
import { openApplication, showView } from '../../app/navigation';
import { today } from '../../shared/format';

/** How long reminders raised together (at launch, all at once) are gathered into one summary. */
export const reminderGatherDelay = 1500;
/** How often a summary held back by an open dialog looks again. */
export const dialogRecheckDelay = 1000;
/** How long the summary stays (hovering it pauses the countdown). */
export const summaryAutoClose = 20_000;
/** Where the page keeps what it has announced today. */
export const announcedStorageKey = 'huntbook.reminders.announced';

/** What the page announced on one day. */
export interface Announced {
  day: string;
  keys: string[];
}

/** reminderKey tells reminders apart: the same follow-up raised at the next launch has the same key. */
export function reminderKey(r: events.ReminderDue): string {
  return `${r.applicationId}|${r.due}|${r.title}`;
}

/** readAnnounced reads what was announced, or nothing for a missing or unreadable record. */
export function readAnnounced(): Announced {
  try {
    const v = JSON.parse(globalThis.localStorage.getItem(announcedStorageKey) ?? 'null') as unknown;
    if (v && typeof v === 'object') {
      const { day, keys } = v as { day?: unknown; keys?: unknown };
      if (typeof day === 'string' && Array.isArray(keys))
        return { day, keys: keys.filter((k): k is string => typeof k === 'string') };
    }
  } catch {
    // unreadable: as if nothing was announced
  }
  return { day: '', keys: [] };
}

function writeAnnounced(a: Announced): void {
  try {
    globalThis.localStorage.setItem(announcedStorageKey, JSON.stringify(a));
  } catch {
    // storage full or refused: the next launch announces again, nothing is lost
  }
}

/**
 * toAnnounce returns the keys among due that call for a summary on day: all of
 * them on the first summary of the day, else those not announced today; empty
 * when nothing is new.
 */
export function toAnnounce(due: string[], announced: Announced, day: string): string[] {
  if (announced.day !== day) return due;
  const seen = new Set(announced.keys);
  return due.filter((k) => !seen.has(k));
}

/** dialogOpen reports whether a modal dialog (a form, a confirmation, the palette, the detail) is on screen. */
export function dialogOpen(): boolean {
  return document.querySelector('[role="dialog"][aria-modal="true"]') !== null;
}

/** summaryTitle is "1 follow-up due" or "3 follow-ups due". */
export function summaryTitle(n: number): string {
  return n === 1 ? '1 follow-up due' : `${n} follow-ups due`;
}

/** namesOf lists up to three titles: "A, B and 2 more". */
function namesOf(titles: string[]): string {
  const shown = titles.slice(0, 3);
  const rest = titles.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${rest} more`;
  if (shown.length < 2) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/** How many applications a summary offers to open; the rest are in Follow-ups. */
const summaryApplications = 3;

/** applicationsOf is the first reminders of distinct applications, one per application. */
export function applicationsOf(due: events.ReminderDue[]): events.ReminderDue[] {
  const seen = new Set<number>();
  const out: events.ReminderDue[] = [];
  for (const r of due) {
    if (r.applicationId <= 0 || seen.has(r.applicationId)) continue;
    seen.add(r.applicationId);
    out.push(r);
  }
  return out.slice(0, summaryApplications);
}

let summaries = 0;

/** What one summary says. */
interface Summary {
  due: events.ReminderDue[];
  /** How many of them were not announced before. */
  fresh: number;
  /** The first summary of the day (it names no "new" ones). */
  first: boolean;
}

/** showSummary shows the summary and returns its notice's id; onClose runs when it goes. */
function showSummary({ due, fresh, first }: Summary, onClose: () => void): string {
  summaries += 1;
  const id = `reminders-summary-${summaries}`;
  notifications.show({
    id,
    color: 'orange',
    icon: <IconBell size={18} aria-hidden />,
    title: summaryTitle(due.length),
    autoClose: summaryAutoClose,
    onClose,
    message: (
      <Stack gap={4} align="flex-start">
        <Text size="sm" lineClamp={2}>
          {!first && fresh < due.length ? `${fresh} new: ` : ''}
          {namesOf(due.map((r) => r.title))}
        </Text>
        {applicationsOf(due).map((r) => (
          <Anchor
            key={r.applicationId}
            component="button"
            type="button"
            size="xs"
            style={{ textAlign: 'left', overflowWrap: 'anywhere' }}
            onClick={() => {
              notifications.hide(id);
              openApplication(r.applicationId);
            }}
          >
            Open {[r.company, r.applicationTitle].filter(Boolean).join(' · ') || `application #${r.applicationId}`}
          </Anchor>
        ))}
        <Anchor
          component="button"
          type="button"
          size="sm"
          onClick={() => {
            notifications.hide(id);
            showView('followups');
          }}
        >
          Open Follow-ups
        </Anchor>
      </Stack>
    ),
  });
  return id;
}

/**
 * watchReminders gathers `reminder:due` events into summaries until the
 * returned function is called. A summary waits while a dialog is open; one on
 * screen when a dialog opens goes away and comes back once it closes.
 */
export function watchReminders(): () => void {
  const due = new Map<string, events.ReminderDue>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let shown = '';
  let held: Summary | null = null;
  let watching: MutationObserver | undefined;

  const stopWatching = () => {
    watching?.disconnect();
    watching = undefined;
  };
  const later = (ms: number) => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(announce, ms);
  };

  const present = (summary: Summary) => {
    stopWatching();
    // A newer summary replaces the one still on screen.
    if (shown) notifications.hide(shown);
    const id = showSummary(summary, () => {
      if (shown !== id) return;
      stopWatching();
      shown = '';
    });
    shown = id;
    watching = new MutationObserver(() => {
      if (!dialogOpen() || shown !== id) return;
      stopWatching();
      shown = '';
      notifications.hide(id);
      held = summary;
      later(dialogRecheckDelay);
    });
    watching.observe(document.body, { childList: true, subtree: true, attributeFilter: ['aria-modal'] });
  };

  function announce() {
    timer = undefined;
    if (dialogOpen()) {
      later(dialogRecheckDelay);
      return;
    }
    const day = today();
    const announced = readAnnounced();
    const fresh = toAnnounce([...due.keys()], announced, day);
    const wasHeld = held;
    held = null;
    if (fresh.length > 0) {
      const first = announced.day !== day;
      writeAnnounced({ day, keys: [...new Set([...(first ? [] : announced.keys), ...due.keys()])] });
      present({ due: [...due.values()], fresh: fresh.length, first });
    } else if (wasHeld) {
      present(wasHeld);
    }
  }

  const off = events.onReminderDue((r) => {
    due.set(reminderKey(r), r);
    later(reminderGatherDelay);
  });
  return () => {
    off();
    stopWatching();
    if (timer !== undefined) clearTimeout(timer);
  };
}

/**
 * BackendEvents shows the reminders' summary. It renders nothing; mount it
 * once inside the MantineProvider. (What the backend's events change, the
 * data layer reads again: app/invalidation.ts.)
 */
export function BackendEvents() {
  useEffect(() => watchReminders(), []);
  return null;
}
