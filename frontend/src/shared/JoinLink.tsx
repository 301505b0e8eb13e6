import { useState } from 'react';
import { Button, Group, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconCopy, IconExternalLink, IconVideo } from '@tabler/icons-react';
import { calendar, links, toApiError } from '../api';

/**
 * JoinLink shows an interview's meeting link as text, a Join button that
 * opens it in the system browser (never in the app's page) and a copy button.
 */
export function JoinLink({ url, compact = false }: { url?: string; compact?: boolean }) {
  const [copied, setCopied] = useState<'idle' | 'ok' | 'failed'>('idle');
  if (!url) return null;
  const copy = async () => {
    const ok = await calendar.copyText(url);
    setCopied(ok ? 'ok' : 'failed');
    window.setTimeout(() => setCopied('idle'), 2000);
  };
  return (
    <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
      <IconVideo size={16} aria-hidden style={{ flexShrink: 0 }} />
      <Tooltip label={url} openDelay={400}>
        <Text
          size="sm"
          ff="monospace"
          truncate="end"
          style={{ userSelect: 'all', minWidth: 0 }}
          aria-label={`Join link ${url}`}
        >
          {url}
        </Text>
      </Tooltip>
      <Button
        size={compact ? 'compact-xs' : 'compact-sm'}
        leftSection={<IconExternalLink size={14} aria-hidden />}
        onClick={() =>
          void links
            .open(url)
            .catch((e: unknown) =>
              notifications.show({ color: 'red', title: 'Could not open the link', message: toApiError(e).message }),
            )
        }
        aria-label={`Join in your browser: ${url}`}
        style={{ flexShrink: 0 }}
      >
        Join
      </Button>
      <Button
        size={compact ? 'compact-xs' : 'compact-sm'}
        variant="light"
        color={copied === 'failed' ? 'red' : copied === 'ok' ? 'teal' : undefined}
        leftSection={copied === 'ok' ? <IconCheck size={14} aria-hidden /> : <IconCopy size={14} aria-hidden />}
        onClick={() => void copy()}
        aria-label={`Copy join link ${url}`}
        style={{ flexShrink: 0 }}
      >
        {copied === 'ok' ? 'Copied' : copied === 'failed' ? 'Copy failed: select the link' : 'Copy link'}
      </Button>
    </Group>
  );
}
