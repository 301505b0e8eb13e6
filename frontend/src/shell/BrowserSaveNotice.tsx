import { useEffect, type MouseEvent } from 'react';
import { Anchor, Stack, Text } from '@mantine/core';
import { notifications, notificationsStore } from '@mantine/notifications';
import { IconWorldDownload } from '@tabler/icons-react';
import { events } from '../api';
import { openApplication } from '../app/navigation';

/** How long the notice stays, in ms (hovering it keeps it). */
export const browserSaveNoticeMs = 8000;

/** label names a saved job as the notice shows it: "Title at Company". */
export function savedLabel(s: events.SavedFromBrowser): string {
  const title = s.title.trim();
  const company = s.company.trim();
  if (title && company) return `${title} at ${company}`;
  return title || company || `Application ${s.id}`;
}

/** The one notice's id: saves that arrive while it is open join it. */
const noticeId = 'browser-saves';

/** The saves the open notice names, oldest first. */
let shown: events.SavedFromBrowser[] = [];

/** noticeOpen reports whether the notice is on screen or waiting to be. */
function noticeOpen(): boolean {
  const { notifications: on, queue } = notificationsStore.getState();
  return [...on, ...queue].some((n) => n.id === noticeId);
}

/**
 * showBrowserSaves raises the notice for the jobs the browser extension
 * saved since the window last looked: "Saved from your browser: Title at
 * Company", which opens the application when clicked. Saves that arrive while
 * the notice is open join it, so several saves give one notice with their
 * count and a link to each (the five newest, then "and N more"), never a
 * stack of notices. Nothing for an empty list.
 */
export function showBrowserSaves(saved: events.SavedFromBrowser[]) {
  if (saved.length === 0) return;
  const update = noticeOpen();
  if (!update) shown = [];
  const seen = new Set(shown.map((s) => s.id));
  shown = [...shown, ...saved.filter((s) => !seen.has(s.id))];
  const all = shown;
  const open = (appId: number) => {
    notifications.hide(noticeId);
    openApplication(appId);
  };
  const single = all.length === 1 ? all[0] : null;
  const props = {
    id: noticeId,
    color: 'teal',
    icon: <IconWorldDownload size={18} aria-hidden />,
    title: single ? 'Saved from your browser' : `Saved from your browser: ${all.length} jobs`,
    autoClose: browserSaveNoticeMs,
    style: single ? { cursor: 'pointer' } : undefined,
    // One job: the whole notice opens it; its close button only closes.
    onClick: single
      ? (e: MouseEvent<HTMLDivElement>) => {
          if (!(e.target as HTMLElement).closest('button')) open(single.id);
        }
      : undefined,
    message: (
      <Stack gap={2} align="flex-start">
        {all
          .slice(-5)
          .reverse()
          .map((s) => (
            <Anchor
              key={s.id}
              component="button"
              type="button"
              size="sm"
              onClick={() => open(s.id)}
              aria-label={`Open ${savedLabel(s)}`}
            >
              {savedLabel(s)}
            </Anchor>
          ))}
        {all.length > 5 ? (
          <Text size="xs" c="dimmed">
            and {all.length - 5} more
          </Text>
        ) : null}
      </Stack>
    ),
  };
  if (update) notifications.update(props);
  else notifications.show(props);
}

/**
 * BrowserSaveNotices shows the "Saved from your browser" notice when an
 * `app:changed` event names jobs the browser extension saved (the views
 * reload through BackendEvents). It renders nothing; mount it once.
 */
export function BrowserSaveNotices() {
  useEffect(() => events.onAppChanged((e) => showBrowserSaves(e.savedFromBrowser ?? [])), []);
  return null;
}
