import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconMapPin, IconSparkles, IconUser } from '@tabler/icons-react';
import { interviews, type calendar } from '../../api';
import { openApplication, openApplicationAt } from '../../app/navigation';
import { JoinLink } from '../../shared/JoinLink';
import { dayHeading, today } from '../../shared/format';
import { groupByDay, interviewTime } from './summary';

function InterviewItem({ iv }: { iv: calendar.Interview }) {
  const app = iv.application;
  const titleId = `interview-${iv.key}`;
  return (
    <Paper withBorder p="sm" role="listitem" aria-labelledby={titleId} data-interview={iv.key}>
      <Group align="flex-start" wrap="nowrap" gap="md">
        <Text size="sm" fw={600} miw={104} style={{ flexShrink: 0, whiteSpace: 'nowrap' }}>
          {interviewTime(iv)}
        </Text>
        <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
          <Group gap="xs" wrap="nowrap" justify="space-between">
            <Text fw={600} id={titleId} truncate="end">
              {iv.title || 'Untitled event'}
            </Text>
            {iv.kind && (
              <Badge size="sm" variant="light" style={{ flexShrink: 0 }}>
                {interviews.interviewKinds.find((k) => k.value === iv.kind)?.label ?? iv.kind}
              </Badge>
            )}
            {!iv.confirmed && (
              <Badge size="sm" variant="light" color={app ? 'yellow' : 'gray'} style={{ flexShrink: 0 }}>
                {app ? 'proposed' : 'not matched'}
              </Badge>
            )}
          </Group>
          {(iv.company || app) && (
            <Group gap={6} wrap="wrap">
              {iv.company && (
                <Text size="sm" fw={500}>
                  {iv.company}
                </Text>
              )}
              {app && (
                <Anchor
                  component="button"
                  type="button"
                  size="sm"
                  onClick={() => openApplication(app.id)}
                  aria-label={`Open application ${app.company} — ${app.title}`}
                >
                  {app.title || 'Open application'}
                  {app.stage ? ` · ${app.stage}` : ''}
                </Anchor>
              )}
            </Group>
          )}
          {iv.location && (
            <Group gap={4} wrap="nowrap">
              <IconMapPin size={14} aria-hidden />
              <Text size="sm" c="dimmed" truncate="end">
                {iv.location}
              </Text>
            </Group>
          )}
          <Group gap="xs" wrap="wrap">
            <JoinLink url={iv.meetingUrl} />
            {app && (
              <Button
                size="compact-sm"
                variant="light"
                leftSection={<IconSparkles size={14} aria-hidden />}
                onClick={() => openApplicationAt(app.id, 'ai', 'interview-prep')}
                aria-label={`Prepare for this interview with ${app.company}`}
                title="Open the application's AI tab with interview prep chosen"
              >
                Prepare
              </Button>
            )}
          </Group>
          {iv.contacts.length > 0 && (
            <Group gap="xs" wrap="wrap" aria-label="Contacts">
              <IconUser size={14} aria-hidden />
              {iv.contacts.map((c) => (
                <Text key={c.id} size="sm">
                  {c.name}
                  {c.role ? ` (${c.role})` : ''}
                  {c.email ? (
                    <Text span c="dimmed" size="sm">
                      {' '}
                      {c.email}
                    </Text>
                  ) : null}
                </Text>
              ))}
            </Group>
          )}
        </Stack>
      </Group>
    </Paper>
  );
}

/** InterviewList is the agenda: interviews grouped by local day, with join link, company, application and contacts. */
export function InterviewList({ items, now }: { items: calendar.Interview[]; now?: Date }) {
  // Days side by side in a wide window (from Mantine's xl breakpoint, 88em).
  return (
    <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="md" verticalSpacing="md">
      {groupByDay(items).map((g) => (
        <Stack key={g.day} gap="xs" component="section" aria-label={dayHeading(g.day, today(now))}>
          <Title order={3} size="h5">
            {dayHeading(g.day, today(now))}
          </Title>
          <Stack gap="xs" role="list" aria-label={`Interviews ${dayHeading(g.day, today(now))}`}>
            {g.items.map((iv) => (
              <InterviewItem key={`${iv.key}@${iv.start}`} iv={iv} />
            ))}
          </Stack>
        </Stack>
      ))}
    </SimpleGrid>
  );
}
