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
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isApiError, profile } from '../../api';
import { invalidateCVs } from '../../app/invalidation';
import { queryKeys } from '../../app/queryKeys';
import { ConfirmDialog } from '../../shared/ConfirmDialog';
import { formatBytes, formatDate } from '../../shared/format';
import { messageOf } from './messages';

/** VersionsList lists versions; onOpen shows one. A rename or delete updates the cached list. */
export function VersionsList({
  versions,
  onOpen,
}: {
  versions: profile.CVVersion[];
  onOpen: (v: profile.CVVersion) => void;
}) {
  const client = useQueryClient();
  const [renaming, setRenaming] = useState<profile.CVVersion | null>(null);
  const [deleting, setDeleting] = useState<profile.CVVersion | null>(null);
  // Asked again after the backend refused: the version was sent with applications.
  const [conflict, setConflict] = useState(false);
  const askDelete = (v: profile.CVVersion | null) => {
    setConflict(false);
    setDeleting(v);
  };
  const remove = async (v: profile.CVVersion) => {
    try {
      await profile.deleteVersion(v.id, conflict);
    } catch (err) {
      if (isApiError(err, 'conflict')) setConflict(true);
      throw err;
    }
    client.setQueryData<profile.CVVersion[]>(queryKeys.cv.versions, (l) => l?.filter((x) => x.id !== v.id));
    invalidateCVs(client);
  };

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
                    {formatBytes(v.size)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{formatDate(v.createdAt)}</Text>
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
                      onClick={() => askDelete(v)}
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
            onDone={(renamed) => {
              setRenaming(null);
              client.setQueryData<profile.CVVersion[]>(queryKeys.cv.versions, (l) =>
                l?.map((x) => (x.id === renamed.id ? renamed : x)),
              );
              invalidateCVs(client);
            }}
          />
        ) : null}
      </Modal>
      <ConfirmDialog
        opened={deleting !== null}
        title="Delete this CV?"
        confirmLabel={conflict ? 'Delete anyway' : 'Delete'}
        cancelLabel="Keep it"
        onConfirm={() => deleting && remove(deleting)}
        onClose={() => askDelete(null)}
      >
        <Text size="sm">
          {deleting?.fileName} and the values read from it will be deleted. Your master profile stays as it is.
        </Text>
        {conflict ? (
          <Alert color="orange" icon={<IconAlertTriangle aria-hidden />} title="This CV was sent with applications">
            Deleting it anyway forgets which CV those applications were sent with.
          </Alert>
        ) : null}
      </ConfirmDialog>
    </>
  );
}

function RenameForm({ version, onDone }: { version: profile.CVVersion; onDone: (v: profile.CVVersion) => void }) {
  const [label, setLabel] = useState(version.label);
  const renaming = useMutation({
    mutationFn: (l: string) => profile.renameVersion(version.id, l),
    onSuccess: onDone,
  });
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        renaming.mutate(label.trim());
      }}
    >
      <Stack gap="sm">
        <TextInput
          label="Label"
          data-autofocus
          value={label}
          onChange={(e) => setLabel(e.currentTarget.value)}
          error={renaming.error ? messageOf(renaming.error) : undefined}
          placeholder="e.g. Backend roles, 2025"
        />
        <Group justify="flex-end">
          <Button type="submit" loading={renaming.isPending}>
            Save label
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
