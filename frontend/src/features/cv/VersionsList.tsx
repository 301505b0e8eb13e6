/**
 * The imported CVs: label, file, date, the reader's warnings and a not-a-CV
 * badge, with open, rename and delete (a version sent with applications
 * asks again before it goes).
 */
import { useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  Stack,
  Table,
  Text,
  TextInput,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { isApiError, profile } from '../../api';
import { fileSize, messageOf } from './messages';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

function when(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : dateFormat.format(d);
}

/** VersionsList lists versions; onOpen shows one; onChanged reloads after a rename or delete. */
export function VersionsList({
  versions,
  onOpen,
  onChanged,
}: {
  versions: profile.CVVersion[];
  onOpen: (v: profile.CVVersion) => void;
  onChanged: () => void;
}) {
  const [renaming, setRenaming] = useState<profile.CVVersion | null>(null);
  const [deleting, setDeleting] = useState<profile.CVVersion | null>(null);

  if (versions.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No CV imported yet. Drop a CV file (PDF, Word or text) on this window, or choose one with Import CV.
      </Text>
    );
  }
  return (
    <>
      <Table.ScrollContainer minWidth={640}>
        <Table highlightOnHover verticalSpacing="xs" aria-label="Imported CVs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Label</Table.Th>
              <Table.Th>File</Table.Th>
              <Table.Th>Imported</Table.Th>
              <Table.Th>Notes</Table.Th>
              <Table.Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {versions.map((v) => (
              <Table.Tr key={v.id}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {v.label || v.profile.basics.name || v.fileName}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {v.fileName}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {fileSize(v.size)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{when(v.createdAt)}</Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {v.notACV ? (
                      <Badge color="orange" variant="light">
                        not a CV?
                      </Badge>
                    ) : null}
                    {v.warnings.length > 0 ? (
                      <Tooltip label={v.warnings.join(' · ')} multiline w={300}>
                        <Badge color="yellow" variant="light" tabIndex={0}>
                          {v.warnings.length} warning{v.warnings.length === 1 ? '' : 's'}
                        </Badge>
                      </Tooltip>
                    ) : null}
                    {v.applications.length > 0 ? (
                      <Badge color="blue" variant="light">
                        sent {v.applications.length}×
                      </Badge>
                    ) : null}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <Button size="compact-sm" onClick={() => onOpen(v)} aria-label={`Open ${v.label || v.fileName}`}>
                      Open
                    </Button>
                    <Button
                      size="compact-sm"
                      variant="default"
                      onClick={() => setRenaming(v)}
                      aria-label={`Rename ${v.label || v.fileName}`}
                    >
                      Rename
                    </Button>
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      color="red"
                      onClick={() => setDeleting(v)}
                      aria-label={`Delete ${v.label || v.fileName}`}
                    >
                      Delete
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Modal opened={renaming !== null} onClose={() => setRenaming(null)} title="Rename this CV" centered size="sm">
        {renaming ? (
          <RenameForm
            version={renaming}
            onDone={() => {
              setRenaming(null);
              onChanged();
            }}
          />
        ) : null}
      </Modal>
      <Modal opened={deleting !== null} onClose={() => setDeleting(null)} title="Delete this CV?" centered size="sm">
        {deleting ? (
          <DeleteForm
            version={deleting}
            onCancel={() => setDeleting(null)}
            onDone={() => {
              setDeleting(null);
              onChanged();
            }}
          />
        ) : null}
      </Modal>
    </>
  );
}

function RenameForm({ version, onDone }: { version: profile.CVVersion; onDone: () => void }) {
  const [label, setLabel] = useState(version.label);
  const [error, setError] = useState('');
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        profile.renameVersion(version.id, label.trim()).then(onDone, (err: unknown) => setError(messageOf(err)));
      }}
    >
      <Stack gap="sm">
        <TextInput
          label="Label"
          data-autofocus
          value={label}
          onChange={(e) => setLabel(e.currentTarget.value)}
          error={error || undefined}
          placeholder="e.g. Backend roles, 2025"
        />
        <Group justify="flex-end">
          <Button type="submit">Save label</Button>
        </Group>
      </Stack>
    </form>
  );
}

function DeleteForm({
  version,
  onCancel,
  onDone,
}: {
  version: profile.CVVersion;
  onCancel: () => void;
  onDone: () => void;
}) {
  const [conflict, setConflict] = useState('');
  const [error, setError] = useState('');
  const remove = (force: boolean) =>
    profile.deleteVersion(version.id, force).then(onDone, (err: unknown) => {
      if (isApiError(err, 'conflict')) setConflict(messageOf(err));
      else setError(messageOf(err));
    });
  return (
    <Stack gap="sm">
      <Text size="sm">
        {version.fileName} and the values read from it will be deleted. Your master profile stays as it is.
      </Text>
      {conflict ? (
        <Alert color="orange" icon={<IconAlertTriangle aria-hidden />} title="This CV was sent with applications">
          {conflict} Deleting it anyway forgets which CV those applications were sent with.
        </Alert>
      ) : null}
      {error ? (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      ) : null}
      <Group justify="flex-end" gap="xs">
        <Button variant="default" onClick={onCancel} data-autofocus>
          Keep it
        </Button>
        <Button color="red" onClick={() => void remove(conflict !== '')}>
          {conflict ? 'Delete anyway' : 'Delete'}
        </Button>
      </Group>
    </Stack>
  );
}
