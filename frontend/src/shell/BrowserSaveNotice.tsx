import { useEffect } from 'react';
import { Anchor, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
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

/**
 * showBrowserSaves raises one notice for the jobs the browser extension
 * saved since the window last looked: "Saved from your browser: Title at
 * Company", which opens the application when clicked; several saves give one
 * notice with their count and a link to each. Nothing for an empty list.
 */
export function showBrowserSaves(saved: events.SavedFromBrowser[]) {
  if (saved.length === 0) return;
  const id = `browser-save-${saved[saved.length - 1].id}`;
  const open = (appId: number) => {
    notifications.hide(id);
    openApplication(appId);
  };
  if (saved.length === 1) {
    const s = saved[0];
    notifications.show({
      id,
      color: 'teal',
      icon: <IconWorldDownload size={18} aria-hidden />,
      title: 'Saved from your browser',
      autoClose: browserSaveNoticeMs,
      style: { cursor: 'pointer' },
      // The whole notice opens the application; its close button only closes.
      onClick: (e) => {
        if (!(e.target as HTMLElement).closest('button')) open(s.id);
      },
      message: (
        <Anchor
          component="button"
          type="button"
          size="sm"
          onClick={() => open(s.id)}
          aria-label={`Open ${savedLabel(s)}`}
        >
          {savedLabel(s)}
        </Anchor>
      ),
    });
    return;
  }
  notifications.show({
    id,
    color: 'teal',
    icon: <IconWorldDownload size={18} aria-hidden />,
    title: `Saved from your browser: ${saved.length} jobs`,
    autoClose: browserSaveNoticeMs,
    message: (
      <Stack gap={2} align="flex-start">
        {saved.slice(0, 5).map((s) => (
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
        {saved.length > 5 ? (
          <Text size="xs" c="dimmed">
            and {saved.length - 5} more
          </Text>
        ) : null}
      </Stack>
    ),
  });
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
