/** The timeline tab: what happened to the application, newest first, and its AI drafts. */
import { Badge, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import {
  IconArrowRight,
  IconCalendarEvent,
  IconFlag,
  IconMail,
  IconNote,
  IconPlus,
  IconSparkles,
} from '@tabler/icons-react';
import type { Generation } from '../../api';
import { formatDate, formatDateTime } from '../../shared/format';
import { SafeMarkdown } from '../../shared/SafeMarkdown';
import { taskLabel, type TimelineItem } from './timeline';
import classes from './Timeline.module.css';

const icons = {
  created: IconPlus,
  stage: IconArrowRight,
  outcome: IconFlag,
  email: IconMail,
  note: IconNote,
  interview: IconCalendarEvent,
  draft: IconSparkles,
};

/** TimelineSection lists the timeline items and the application's AI drafts. */
export function TimelineSection({
  items,
  drafts,
  draftsError,
}: {
  items: TimelineItem[];
  drafts: Generation[];
  draftsError: string;
}) {
  return (
    <Stack gap="md">
      <Stack component="ol" gap="xs" p={0} m={0} aria-label="Timeline">
        {items.map((it) => {
          const Icon = icons[it.kind];
          return (
            <Group key={it.key} component="li" wrap="nowrap" align="flex-start" gap="sm" style={{ listStyle: 'none' }}>
              <ThemeIcon variant="light" size="md" radius="xl" aria-hidden>
                <Icon size={16} />
              </ThemeIcon>
              <div style={{ minWidth: 0, flex: 1 }}>
                <Text size="sm" fw={500}>
                  {it.title}
                </Text>
                <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                  {[formatDateTime(it.at), it.detail].filter(Boolean).join(' · ')}
                </Text>
                {it.markdown ? (
                  <div className={classes.note} data-testid="timeline-note">
                    <SafeMarkdown text={it.markdown} links="open" />
                  </div>
                ) : null}
              </div>
            </Group>
          );
        })}
      </Stack>
      <div>
        <Title order={3} size="h5" mb={6}>
          AI drafts
        </Title>
        {draftsError ? (
          <Text c="red" size="sm" role="alert">
            {draftsError}
          </Text>
        ) : drafts.length === 0 ? (
          <Text size="sm" c="dimmed">
            No AI drafts for this application yet.
          </Text>
        ) : (
          <Stack component="ul" gap={4} p={0} m={0} aria-label="AI drafts">
            {drafts.map((g) => (
              <Group key={g.id} component="li" gap="xs" style={{ listStyle: 'none' }} wrap="nowrap">
                <Text size="sm">{taskLabel(g.task)}</Text>
                <Text size="xs" c="dimmed">
                  {formatDate(g.createdAt)}
                  {g.model ? ` · ${g.model}` : ''}
                </Text>
                {g.version > 1 ? (
                  <Badge size="xs" variant="light">
                    v{g.version}
                  </Badge>
                ) : null}
                {g.partial ? (
                  <Badge size="xs" color="orange" variant="light">
                    incomplete
                  </Badge>
                ) : null}
              </Group>
            ))}
          </Stack>
        )}
      </div>
    </Stack>
  );
}
