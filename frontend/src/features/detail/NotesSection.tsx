/** Notes on an application: add, edit and delete, rendered as safe Markdown. */
import { useState } from 'react';
import { ActionIcon, Button, Group, Paper, Stack, Text, Textarea, Tooltip } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { applications, type Note } from '../../api';
import { formatDate } from '../../shared/format';
import { SafeMarkdown } from '../../shared/SafeMarkdown';
import { handler, useAction } from '../../shared/action';

function NoteItem({ note, onChanged }: { note: Note; onChanged: () => void }) {
  const [editing, setEditing] = useState(false);
  const [body, setBody] = useState(note.body);
  const act = useAction();
  const save = async () => {
    if (await act.run(() => applications.updateNote(note.id, body))) {
      setEditing(false);
      onChanged();
    }
  };
  const when = formatDate(note.createdAt);
  const edited = note.updatedAt && note.updatedAt !== note.createdAt ? ` · edited ${formatDate(note.updatedAt)}` : '';
  return (
    <Paper withBorder p="sm" radius="sm" component="li" style={{ listStyle: 'none' }} aria-label={`Note from ${when}`}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb={4}>
        <Text size="xs" c="dimmed">
          {when}
          {edited}
        </Text>
        {!editing ? (
          <Group gap={4} wrap="nowrap">
            <Tooltip label="Edit note">
              <ActionIcon
                variant="subtle"
                aria-label="Edit note"
                onClick={() => {
                  setBody(note.body);
                  setEditing(true);
                }}
              >
                <IconPencil size={16} aria-hidden />
              </ActionIcon>
            </Tooltip>
            <Tooltip label="Delete note">
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label="Delete note"
                loading={act.busy}
                onClick={handler(async () => {
                  if (await act.run(() => applications.deleteNote(note.id))) onChanged();
                })}
              >
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Tooltip>
          </Group>
        ) : null}
      </Group>
      {editing ? (
        <Stack gap="xs">
          <Textarea
            label="Edit note"
            autosize
            minRows={3}
            maxRows={14}
            value={body}
            onChange={(e) => setBody(e.currentTarget.value)}
            onKeyDown={getHotkeyHandler([['mod+Enter', () => void save()]])}
            error={act.error || undefined}
            data-autofocus
          />
          <Group gap="xs" justify="flex-end">
            <Button
              variant="default"
              size="xs"
              onClick={() => {
                setEditing(false);
                act.clear();
              }}
            >
              Cancel
            </Button>
            <Button size="xs" loading={act.busy} onClick={() => void save()}>
              Save note
            </Button>
          </Group>
        </Stack>
      ) : (
        <>
          <SafeMarkdown text={note.body} />
          {act.error ? (
            <Text c="red" size="xs" role="alert">
              {act.error}
            </Text>
          ) : null}
        </>
      )}
    </Paper>
  );
}

/** NotesSection lists an application's notes, newest first, with a box to add one. */
export function NotesSection({
  applicationId,
  notes,
  onChanged,
}: {
  applicationId: number;
  notes: Note[];
  onChanged: () => void;
}) {
  const [body, setBody] = useState('');
  const act = useAction();
  const add = async () => {
    if (body.trim() === '') {
      return;
    }
    if (await act.run(() => applications.addNote(applicationId, body))) {
      setBody('');
      onChanged();
    }
  };
  const sorted = [...notes].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);
  return (
    <Stack gap="sm">
      <Textarea
        label="New note"
        description="Markdown works: **bold**, lists, links. Ctrl+Enter adds it."
        autosize
        minRows={3}
        maxRows={12}
        value={body}
        onChange={(e) => {
          setBody(e.currentTarget.value);
          if (act.error) act.clear();
        }}
        onKeyDown={getHotkeyHandler([['mod+Enter', () => void add()]])}
        error={act.error || undefined}
      />
      <Group justify="flex-end">
        <Button size="xs" onClick={() => void add()} loading={act.busy} disabled={body.trim() === ''}>
          Add note
        </Button>
      </Group>
      {sorted.length === 0 ? (
        <Text size="sm" c="dimmed">
          No notes yet.
        </Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} aria-label="Notes">
          {sorted.map((n) => (
            <NoteItem key={`${n.id}:${n.updatedAt}`} note={n} onChanged={onChanged} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
