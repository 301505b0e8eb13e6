/**
 * The interviews of an application: those confirmed from a calendar and those
 * added by hand, which can be edited and deleted here.
 */
import { useState } from 'react';
import { ActionIcon, Badge, Button, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconMapPin, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { interviews, type Interview } from '../../api';
import { ConfirmDialog } from '../../shared/ConfirmDialog';
import { JoinLink } from '../../shared/JoinLink';
import { formatDateWeekday, formatTimeRange } from '../../shared/format';
import { InterviewForm } from './InterviewForm';
import { SafeMarkdown } from '../../shared/SafeMarkdown';
import { localParts, systemZone } from './interviewTime';

const kindLabel: Record<string, string> = Object.fromEntries(interviews.interviewKinds.map((k) => [k.value, k.label]));

/** when shows an interview's local day and times, and the time in its own zone when that differs. */
function when(iv: Interview): string {
  if (iv.allDay) return formatDateWeekday(iv.start.slice(0, 10));
  const local = `${formatDateWeekday(iv.start)}, ${formatTimeRange(iv.start, iv.end)}`;
  if (!iv.timeZone || iv.timeZone === systemZone()) return local;
  return `${local} (${localParts(iv.start, iv.timeZone).time} in ${iv.timeZone})`;
}

function InterviewItem({ iv, onEdit, onDelete }: { iv: Interview; onEdit: () => void; onDelete: () => void }) {
  const manual = iv.source === 'manual';
  return (
    <Paper
      withBorder
      p="sm"
      radius="sm"
      component="li"
      style={{ listStyle: 'none' }}
      aria-label={iv.title || 'Interview'}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
          <Group gap="xs" wrap="wrap">
            <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
              {iv.title || 'Interview'}
            </Text>
            {iv.kind ? (
              <Badge size="sm" variant="light">
                {kindLabel[iv.kind] ?? iv.kind}
              </Badge>
            ) : null}
            <Badge size="sm" variant="outline" color="gray">
              {manual ? 'added by hand' : `from ${iv.source === 'google' ? 'Google Calendar' : 'a calendar file'}`}
            </Badge>
          </Group>
          <Text size="sm" c="dimmed">
            {when(iv)}
          </Text>
          {iv.location ? (
            <Group gap={4} wrap="nowrap">
              <IconMapPin size={14} aria-hidden style={{ flexShrink: 0 }} />
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                {iv.location}
              </Text>
            </Group>
          ) : null}
          <JoinLink url={iv.meetingUrl} compact />
          {iv.notes && manual ? <SafeMarkdown text={iv.notes} links="open" /> : null}
        </Stack>
        {manual ? (
          <Group gap={4} wrap="nowrap">
            <Tooltip label="Edit interview">
              <ActionIcon variant="subtle" aria-label={`Edit interview ${iv.title}`} onClick={onEdit}>
                <IconPencil size={16} aria-hidden />
              </ActionIcon>
            </Tooltip>
            <Tooltip label="Delete interview">
              <ActionIcon variant="subtle" color="red" aria-label={`Delete interview ${iv.title}`} onClick={onDelete}>
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Tooltip>
          </Group>
        ) : null}
      </Group>
    </Paper>
  );
}

/** InterviewsSection lists an application's interviews by start time, with a form to add or edit one. */
export function InterviewsSection({
  applicationId,
  items,
  onChanged,
}: {
  applicationId: number;
  items: Interview[];
  onChanged: () => void;
}) {
  // "new" while adding, an interview's key while editing it, "" otherwise.
  const [editing, setEditing] = useState('');
  const [deleting, setDeleting] = useState<Interview | null>(null);
  const sorted = [...items].sort((a, b) => a.start.localeCompare(b.start) || a.key.localeCompare(b.key));
  const done = () => {
    setEditing('');
    onChanged();
  };
  return (
    <Stack gap="sm">
      {editing === 'new' ? (
        <Paper withBorder p="sm" radius="sm">
          <InterviewForm applicationId={applicationId} onDone={done} onCancel={() => setEditing('')} />
        </Paper>
      ) : (
        <Group justify="flex-start">
          <Button size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => setEditing('new')}>
            Add interview
          </Button>
        </Group>
      )}
      {sorted.length === 0 ? (
        <Text size="sm" c="dimmed">
          No interviews yet. Add one here, or import them from a calendar in the Agenda.
        </Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} aria-label="Interviews">
          {sorted.map((iv) =>
            editing === iv.key ? (
              <Paper key={iv.key} withBorder p="sm" radius="sm" component="li" style={{ listStyle: 'none' }}>
                <InterviewForm
                  applicationId={applicationId}
                  interview={iv}
                  onDone={done}
                  onCancel={() => setEditing('')}
                />
              </Paper>
            ) : (
              <InterviewItem key={iv.key} iv={iv} onEdit={() => setEditing(iv.key)} onDelete={() => setDeleting(iv)} />
            ),
          )}
        </Stack>
      )}
      <ConfirmDialog
        opened={deleting !== null}
        title="Delete this interview?"
        confirmLabel="Delete interview"
        onClose={() => setDeleting(null)}
        onConfirm={async () => {
          if (!deleting) return;
          await interviews.remove(deleting.key);
          onChanged();
        }}
      >
        <Text size="sm">
          {deleting?.title || 'The interview'} will be removed from this application, the agenda and its reminders.
        </Text>
      </ConfirmDialog>
    </Stack>
  );
}
