import { useEffect, useState, type ReactNode } from 'react';
import { Alert, Badge, Box, Button, Code, Container, Group, List, Stack, Text, Title } from '@mantine/core';
import * as startup from '../../api/startup';
import type { StartupProblemKind, StartupStatus } from '../../api/startup';
import { formatBytes, formatDateTime } from '../../shared/format';

const titles: Record<Exclude<StartupProblemKind, ''>, string> = {
  corrupt: 'Your Huntbook data file is damaged',
  newer_version: 'This data needs a newer Huntbook',
  locked: 'Another program is using your Huntbook data',
  read_only: 'Huntbook cannot write to its data folder',
  unavailable: 'Huntbook cannot open its data',
};

/**
 * StartupProblem is the whole page when the database could not be opened:
 * what is wrong, the file, what to do, and for a damaged file the backups
 * with a button that restores the newest.
 */
export function StartupProblem({ status, onChange }: { status: StartupStatus; onChange: (s: StartupStatus) => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const kind = status.problem || 'unavailable';
  const restore = async () => {
    setBusy(true);
    setError('');
    try {
      onChange(await startup.restoreNewestBackup());
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Container size="sm" py="xl" component="main" aria-labelledby="startup-problem-title">
      <Stack gap="md">
        <Title order={1} id="startup-problem-title">
          {titles[kind]}
        </Title>
        <Text>{status.message}</Text>
        <Box>
          <Text size="sm" c="dimmed">
            Database file
          </Text>
          <Code block>{status.path}</Code>
        </Box>
        <Title order={2} size="h4">
          What to do
        </Title>
        <Text>{status.advice}</Text>
        {kind === 'corrupt' && status.backups.length > 0 && (
          <Box>
            <Text size="sm" c="dimmed">
              Backups in {status.backupDir}
            </Text>
            <List aria-label="Backups" size="sm">
              {status.backups.map((b) => (
                <List.Item key={b.path}>
                  {b.name} ({formatDateTime(b.createdAt)}, {formatBytes(b.bytes)})
                </List.Item>
              ))}
            </List>
          </Box>
        )}
        {status.restored ? (
          <Alert color="green" title="Backup restored" role="status">
            {status.restored} is now your database; the damaged file was kept as {status.keptAs}. Quit and start
            Huntbook again to open it.
          </Alert>
        ) : null}
        {error && (
          <Alert color="red" title="The backup could not be restored" role="alert">
            {error}
          </Alert>
        )}
        <Group>
          {kind === 'corrupt' && status.backups.length > 0 && !status.restored && (
            <Button onClick={() => void restore()} loading={busy}>
              Restore the newest backup
            </Button>
          )}
          <Button variant={status.restored ? 'filled' : 'default'} onClick={() => startup.quit()}>
            Quit Huntbook
          </Button>
        </Group>
      </Stack>
    </Container>
  );
}

/** ReadOnlyBanner says, over the app, that nothing can be saved and why. */
export function ReadOnlyBanner({ reason }: { reason: string }) {
  // Closed, it shrinks to a badge in a corner, so it stops covering the
  // list's last rows but the state stays in view.
  const [open, setOpen] = useState(true);
  if (!open) {
    return (
      <Badge
        component="button"
        role="status"
        color="yellow"
        variant="filled"
        title={`Read-only because ${reason}`}
        onClick={() => setOpen(true)}
        style={{ position: 'fixed', left: 16, bottom: 16, zIndex: 400, cursor: 'pointer' }}
      >
        Read-only
      </Badge>
    );
  }
  return (
    <Alert
      role="status"
      color="yellow"
      title="Read-only: changes cannot be saved"
      withCloseButton
      closeButtonLabel="Shrink the read-only notice"
      onClose={() => setOpen(false)}
      style={{ position: 'fixed', left: '50%', bottom: 16, transform: 'translateX(-50%)', zIndex: 400, maxWidth: 640 }}
    >
      Huntbook opened your data read-only because {reason}. You can look and export; to make changes, make it writable
      and start Huntbook again.
    </Alert>
  );
}

/**
 * StartupGate draws the app (children) and then asks how opening the
 * database went: when it failed, the problem page replaces the app; when the
 * file could only be read, a banner says so. The first render is always the
 * app, so it matches the prerendered first screen.
 */
export function StartupGate({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<StartupStatus | null>(null);
  useEffect(() => {
    let live = true;
    startup
      .status()
      .then((s) => live && setStatus(s))
      .catch(() => undefined); // a backend without Startup: nothing to report
    return () => {
      live = false;
    };
  }, []);
  if (status?.problem) return <StartupProblem status={status} onChange={setStatus} />;
  return (
    <>
      {children}
      {status?.readOnly ? <ReadOnlyBanner reason={status.readOnly} /> : null}
    </>
  );
}
