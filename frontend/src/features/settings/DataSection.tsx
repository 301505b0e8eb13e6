import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import {
  Alert,
  Button,
  Code,
  Group,
  Modal,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDatabaseExport, IconDatabaseImport, IconRestore, IconTrash } from '@tabler/icons-react';
import { data, profile, type BackupInfo, type DataInfo } from '../../api';
import { messageOf } from '../../shared/action';
import { applicationsChanged } from '../../app/changes';
import { exportNotice, importSummary } from '../../shared/dataReports';
import { formatBytes, formatDateTime } from '../../shared/format';
import { offerImportedSettings } from '../../app/offeredSettings';
import { count } from '../../shared/count';
import { importable, useImportFlow, type ImportDone } from '../../app/csvImport/useImportFlow';
import { resultSummary } from '../../app/csvImport/summary';

/** What the last action of the section did, or why it failed: one message at a time. */
type Outcome = { color: 'teal' | 'orange' | 'red'; title: string; text: string } | null;

/** The word the user types to confirm wiping everything. */
export const wipeWord = 'DELETE';

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div" style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}

function WipeModal({ opened, onClose, onWiped }: { opened: boolean; onClose: () => void; onWiped: () => void }) {
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (opened) {
      setTyped('');
      setError(null);
    }
  }, [opened]);
  const wipe = async () => {
    setBusy(true);
    try {
      await data.wipe();
      onWiped();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened={opened} onClose={onClose} title="Delete all data">
      <Stack>
        <Text size="sm">
          This deletes every application, note, contact and task, and the automatic backups. It cannot be undone. Export
          your data first if you may want it back.
        </Text>
        <TextInput
          label={`Type ${wipeWord} to confirm`}
          value={typed}
          onChange={(e) => setTyped(e.currentTarget.value)}
          autoComplete="off"
          data-autofocus
        />
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button color="red" disabled={typed !== wipeWord} loading={busy} onClick={() => void wipe()}>
            Delete everything
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function RestoreModal({
  backup,
  onClose,
  onRestored,
}: {
  backup: BackupInfo | null;
  onClose: () => void;
  onRestored: () => void;
}) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => setError(null), [backup]);
  const restore = async () => {
    if (!backup) return;
    setBusy(true);
    try {
      await data.restoreBackup(backup.name);
      onRestored();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened={backup !== null} onClose={onClose} title="Restore a backup">
      <Stack>
        <Text size="sm">
          Replace your current data with the backup from {backup ? formatDateTime(backup.createdAt) : ''}? Huntbook
          backs up the current data first, so this can be undone from the same list.
        </Text>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={() => void restore()} loading={busy}>
            Restore
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** DataSection shows where the data lives, backups, and export, import and wipe. */
export function DataSection() {
  const [info, setInfo] = useState<DataInfo | null>(null);
  const [backups, setBackups] = useState<BackupInfo[]>([]);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState<'' | 'export' | 'import' | 'backup'>('');
  const [wiping, setWiping] = useState(false);
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);

  const load = useCallback(() => {
    Promise.all([data.info(), data.backups()])
      .then(([i, b]) => {
        setInfo(i);
        setBackups(b);
      })
      .catch((e: unknown) => setOutcome({ color: 'red', title: 'Data', text: messageOf(e) }));
  }, []);
  useEffect(load, [load]);

  const failed = { export: 'Export failed', import: 'Import failed', backup: 'Backup failed' };
  const run = async (what: 'export' | 'import' | 'backup', fn: () => Promise<void>) => {
    setBusy(what);
    setOutcome(null);
    try {
      await fn();
    } catch (e) {
      setOutcome({ color: 'red', title: failed[what], text: messageOf(e) });
    } finally {
      setBusy('');
    }
  };

  const exportAll = () =>
    run('export', async () => {
      const r = await data.exportArchive();
      if (!r.path) return; // cancelled
      const n = exportNotice(r);
      setOutcome({ color: n.color === 'teal' ? 'teal' : 'orange', title: n.title, text: n.message });
    });
  const imported = (d: ImportDone) => {
    if (d.kind === 'zip') {
      setOutcome({ color: 'teal', title: 'Import finished', text: importSummary(d.report) });
      offerImportedSettings(d.report);
    } else {
      setOutcome({ color: 'teal', title: 'Import finished', text: resultSummary(d.result) });
    }
    load();
  };
  const flow = useImportFlow(imported);
  const importFile = () => run('import', flow.start);
  // A .csv or .zip dropped on the window while Settings is shown is imported the same way.
  const dropped = useEffectEvent((paths: string[]) => {
    const path = importable(paths);
    if (path) void run('import', () => flow.startWith(path));
  });
  useEffect(() => profile.onFileDrop(dropped), []);
  const backupNow = () =>
    run('backup', async () => {
      const b = await data.backupNow();
      setOutcome({ color: 'teal', title: 'Backup saved', text: b.name });
      load();
    });

  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="md">
        <Title order={3} size="h4">
          Your data
        </Title>
        {info && (
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
            <Fact label="Data folder">
              <Code aria-label="Data folder">{info.dataDir}</Code>
            </Fact>
            <Fact label="Database file">
              <Code>{info.dbPath}</Code> ({formatBytes(info.dbBytes)})
            </Fact>
            <Fact label="Contents">
              {[
                count(info.applications, 'application'),
                count(info.contacts, 'contact'),
                count(info.tasks, 'task'),
                count(info.notes, 'note'),
              ].join(', ')}
            </Fact>
            <Fact label="Database schema">version {info.schemaVersion}</Fact>
          </SimpleGrid>
        )}
        <Group gap="sm">
          <Button
            variant="default"
            leftSection={<IconDatabaseExport size={16} aria-hidden />}
            loading={busy === 'export'}
            onClick={() => void exportAll()}
          >
            Export all data…
          </Button>
          <Button
            variant="default"
            leftSection={<IconDatabaseImport size={16} aria-hidden />}
            loading={busy === 'import' || flow.busy}
            onClick={() => void importFile()}
          >
            Import ZIP or CSV…
          </Button>
          <Button
            color="red"
            variant="light"
            leftSection={<IconTrash size={16} aria-hidden />}
            onClick={() => setWiping(true)}
          >
            Delete all data…
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          A CSV from another tracker opens in a preview first: nothing is written until you import. You can also drop a
          .csv or .zip file on this window.
        </Text>
        {outcome && (
          <Alert
            color={outcome.color}
            title={outcome.title}
            withCloseButton
            onClose={() => setOutcome(null)}
            role={outcome.color === 'red' ? 'alert' : 'status'}
          >
            {outcome.text}
          </Alert>
        )}
        {flow.dialog}

        <Group justify="space-between" mt="sm">
          <Title order={4} size="h5">
            Backups
          </Title>
          <Button size="xs" variant="default" loading={busy === 'backup'} onClick={() => void backupNow()}>
            Back up now
          </Button>
        </Group>
        {backups.length === 0 ? (
          <Text size="sm" c="dimmed">
            No backups yet. Huntbook backs up the database automatically; you can also back up now.
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={420} mah={260}>
            <Table striped verticalSpacing={4} aria-label="Backups">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Backup</Table.Th>
                  <Table.Th>Taken</Table.Th>
                  <Table.Th>Size</Table.Th>
                  <Table.Th>
                    <span className="mantine-visually-hidden">Actions</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {backups.map((b) => (
                  <Table.Tr key={b.path}>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>{b.name}</Table.Td>
                    <Table.Td>{formatDateTime(b.createdAt)}</Table.Td>
                    <Table.Td>{formatBytes(b.bytes)}</Table.Td>
                    <Table.Td>
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        leftSection={<IconRestore size={14} aria-hidden />}
                        aria-label={`Restore ${b.name}`}
                        onClick={() => setRestoring(b)}
                      >
                        Restore
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      <WipeModal
        opened={wiping}
        onClose={() => setWiping(false)}
        onWiped={() => {
          setWiping(false);
          setOutcome(null);
          notifications.show({ color: 'teal', title: 'All data deleted', message: 'Huntbook is empty again.' });
          load();
          applicationsChanged([]);
        }}
      />
      <RestoreModal
        backup={restoring}
        onClose={() => setRestoring(null)}
        onRestored={() => {
          notifications.show({ color: 'teal', title: 'Backup restored', message: restoring?.name ?? '' });
          setRestoring(null);
          load();
          applicationsChanged([]);
        }}
      />
    </Paper>
  );
}
