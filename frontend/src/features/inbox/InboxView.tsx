import { useState } from 'react';
import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  Group,
  Loader,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  IconChecks,
  IconClipboardText,
  IconFileImport,
  IconFolder,
  IconMailDown,
  IconMailOpened,
  IconSettings,
} from '@tabler/icons-react';
import { mail, mailAccount } from '../../api';
import { applicationsChanged } from '../../app/changes';
import { queryKeys } from '../../app/queryKeys';
import { useFileDrop } from '../../app/useFileDrop';
import { useMailCheck } from '../../app/mailCheck';
import { ActionError, QueryState } from '../../shared/QueryState';
import { formatNumber } from '../../shared/format';
import { EditProposal } from './EditProposal';
import { HistoryList } from './HistoryList';
import { PasteDialog, SettingsDialog } from './InboxDialogs';
import { ProposalCard } from './ProposalCard';
import { action, sentence } from './sentence';

/** An import's report in one sentence. */
export function reportSummary(r: mail.MailImportReport): string {
  const parts = [`Read ${formatNumber(r.read)} message${r.read === 1 ? '' : 's'}`];
  parts.push(`${formatNumber(r.kept)} job e-mail${r.kept === 1 ? '' : 's'} to review`);
  if (r.autoApplied > 0)
    parts[1] = `${formatNumber(r.kept)} job e-mails (${formatNumber(r.autoApplied)} applied by themselves)`;
  if (r.known > 0) parts.push(`${formatNumber(r.known)} read before`);
  if (r.other > 0) parts.push(`${formatNumber(r.other)} not about a job (not kept)`);
  if (r.broken.length > 0) parts.push(`${formatNumber(r.broken.length)} unreadable`);
  return parts.join(', ') + (r.cancelled ? '; stopped before the end.' : '.');
}

/** What the import alert shows: a running import, or the last one's report. */
type ImportState = { kind: 'running'; jobId: string; read: number } | { kind: 'report'; report: mail.MailImportReport };

/** One write of a card, so the card shows it spinning. */
type CardAction = { id: number; what: 'confirm' | 'dismiss' };

/**
 * InboxView: job e-mail read on this computer (files chosen or dropped,
 * pasted text), each a proposal to confirm, change or dismiss; a bulk
 * confirm; the history of what was decided; the inbox settings.
 */
export function InboxView() {
  const client = useQueryClient();
  const proposals = useQuery({ queryKey: queryKeys.mail.proposals, queryFn: mail.proposals });
  const [selected, setSelected] = useState<number[]>([]);
  const [editing, setEditing] = useState<mail.MailMessage | null>(null);
  const [dialog, setDialog] = useState<'paste' | 'settings' | null>(null);
  const [imp, setImp] = useState<ImportState | null>(null);
  // "Check mail" when a read-only IMAP account is set up (Settings).
  const account = useQuery({ queryKey: queryKeys.mailAccount.status, queryFn: mailAccount.account });
  const check = useMailCheck(() => {
    void client.invalidateQueries({ queryKey: queryKeys.mail.all });
    void client.invalidateQueries({ queryKey: queryKeys.mailAccount.all });
  });

  const refresh = (appIds: number[]) => {
    void client.invalidateQueries({ queryKey: queryKeys.mail.all });
    if (appIds.length > 0) applicationsChanged(appIds);
  };
  const done = (m: mail.MailMessage) => {
    setSelected((s) => s.filter((id) => id !== m.id));
    client.setQueryData<mail.MailMessage[]>(queryKeys.mail.proposals, (ps) => ps?.filter((p) => p.id !== m.id));
    refresh(m.match ? [m.match.applicationId] : []);
  };

  const card = useMutation({
    mutationFn: async (a: CardAction) => (a.what === 'confirm' ? mail.confirm({ id: a.id }) : mail.dismiss(a.id)),
    onSuccess: (m, a) => {
      done(m);
      if (a.what === 'confirm') notifications.show({ color: 'teal', title: 'Confirmed', message: sentence(m) });
    },
  });
  const bulk = useMutation({
    mutationFn: (ids: number[]) => mail.confirmMany(ids),
    onSuccess: (r) => {
      setSelected([]);
      refresh(r.confirmed.flatMap((m) => (m.match ? [m.match.applicationId] : [])));
      notifications.show({
        color: r.failed.length ? 'orange' : 'teal',
        title: `Confirmed ${formatNumber(r.confirmed.length)}`,
        message: r.failed.length
          ? `${formatNumber(r.failed.length)} need your choice: ${r.failed.map((f) => f.message).join('; ')}`
          : 'Their applications are up to date.',
      });
    },
  });
  const importer = useMutation({
    mutationFn: async (how: { paths: string[] } | 'files' | 'folder') => {
      const watch: mail.ImportWatch = {
        onStart: (jobId) => setImp({ kind: 'running', jobId, read: 0 }),
        onProgress: (p) => setImp((s) => (s?.kind === 'running' ? { ...s, read: p.done } : s)),
      };
      const out =
        how === 'files'
          ? await mail.importDialog(watch)
          : how === 'folder'
            ? await mail.importFolderDialog(watch)
            : await mail.importPaths(how.paths, watch);
      if (out.status === 'failed') throw new Error(out.message);
      return out;
    },
    onSuccess: (out) => {
      if (out.status !== 'done') {
        setImp(null);
        return;
      }
      setImp({ kind: 'report', report: out.report });
      refresh([]);
      if (out.report.autoApplied > 0) applicationsChanged([]);
    },
    onError: () => setImp(null),
  });
  const dragging = useFileDrop((paths) => {
    const mailPaths = paths.filter((p) => !/\.(pdf|docx?|txt|md|csv|ics|zip|json|html?)$/i.test(p));
    if (mailPaths.length === 0) {
      notifications.show({
        color: 'orange',
        title: 'Not e-mail',
        message: 'Drop .eml or .mbox files, or a folder of them.',
      });
      return;
    }
    importer.mutate({ paths: mailPaths });
  });

  const list = proposals.data ?? [];
  const selectable = list.filter((p) => action(p) !== '');
  const allSelected = selectable.length > 0 && selectable.every((p) => selected.includes(p.id));
  const importing = importer.isPending;
  const busyOf = (id: number) => (card.isPending && card.variables.id === id ? card.variables.what : '');

  return (
    <Stack gap="md" maw={{ base: 960, xl: 1840 }}>
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Title order={2} size="h3">
          Inbox
        </Title>
        <Group gap="xs" wrap="wrap">
          {account.data?.configured && (
            <Button
              leftSection={<IconMailDown size={16} aria-hidden />}
              loading={check.run !== null}
              disabled={!account.data.passwordSaved}
              title={account.data.passwordSaved ? undefined : 'Enter the password again in Settings'}
              onClick={() => void check.start()}
            >
              Check mail
            </Button>
          )}
          <Button
            variant="default"
            leftSection={<IconFileImport size={16} aria-hidden />}
            loading={importing && importer.variables === 'files'}
            disabled={importing}
            onClick={() => importer.mutate('files')}
          >
            Import .eml / .mbox
          </Button>
          <Button
            variant="default"
            leftSection={<IconFolder size={16} aria-hidden />}
            loading={importing && importer.variables === 'folder'}
            disabled={importing}
            onClick={() => importer.mutate('folder')}
          >
            Import a folder
          </Button>
          <Button
            variant="default"
            leftSection={<IconClipboardText size={16} aria-hidden />}
            onClick={() => setDialog('paste')}
          >
            Paste a message
          </Button>
          <Tooltip label="Inbox settings">
            <ActionIcon variant="default" size="lg" aria-label="Inbox settings" onClick={() => setDialog('settings')}>
              <IconSettings size={18} aria-hidden />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Group>

      {dragging && (
        <Paper withBorder p="lg" style={{ borderStyle: 'dashed' }} role="status">
          <Text ta="center" fw={500}>
            Drop .eml or .mbox files, or a folder, to read them here
          </Text>
        </Paper>
      )}
      {imp?.kind === 'running' && (
        <Alert color="blue" role="status" title="Reading e-mail">
          <Group gap="sm">
            <Loader size="sm" aria-hidden />
            <Text size="sm">{formatNumber(imp.read)} messages read so far</Text>
            <Button size="xs" variant="default" onClick={() => void mail.cancelImport(imp.jobId)}>
              Stop
            </Button>
          </Group>
        </Alert>
      )}
      {imp?.kind === 'report' && (
        <Alert
          color={imp.report.broken.length ? 'orange' : 'teal'}
          title="E-mail read"
          withCloseButton
          closeButtonLabel="Dismiss the import report"
          onClose={() => setImp(null)}
        >
          <Text size="sm">{reportSummary(imp.report)}</Text>
          {imp.report.broken.slice(0, 5).map((b) => (
            <Text size="xs" c="dimmed" key={`${b.source}-${b.position}`}>
              {b.source}, message {b.position}: {b.error}
            </Text>
          ))}
        </Alert>
      )}
      {check.run && (
        <Alert color="blue" role="status" title="Checking mail">
          <Group gap="sm">
            <Loader size="sm" aria-hidden />
            <Text size="sm">{check.run.message}</Text>
            {check.run.id !== '' && (
              <Button size="xs" variant="default" onClick={() => void check.cancel()}>
                Stop
              </Button>
            )}
          </Group>
        </Alert>
      )}
      {(check.summary || check.error) && (
        <Alert
          color={check.error ? 'red' : 'teal'}
          role={check.error ? 'alert' : 'status'}
          title={check.error ? 'Could not check mail' : 'Mail checked'}
          withCloseButton
          closeButtonLabel="Dismiss the mail check"
          onClose={check.clear}
        >
          <Text size="sm">{check.error || check.summary}</Text>
        </Alert>
      )}
      <ActionError error={importer.error} onDismiss={importer.reset} title="Could not read the e-mail" />
      <ActionError error={card.error} onDismiss={card.reset} />
      <ActionError error={bulk.error} onDismiss={bulk.reset} />

      <QueryState of={proposals} loading="Loading the inbox" errorTitle="Could not load the inbox">
        {() =>
          list.length === 0 ? (
            <EmptyInbox />
          ) : (
            <Stack gap="xs" component="section" aria-labelledby="inbox-proposals">
              <Group justify="space-between" wrap="wrap" gap="xs">
                <Group gap="sm">
                  <Checkbox
                    checked={allSelected}
                    indeterminate={!allSelected && selected.length > 0}
                    disabled={selectable.length === 0}
                    onChange={(e) => setSelected(e.currentTarget.checked ? selectable.map((p) => p.id) : [])}
                    aria-label="Select every proposal"
                  />
                  <Title order={3} size="h5" id="inbox-proposals">
                    To review ({formatNumber(list.length)})
                  </Title>
                </Group>
                <Button
                  size="xs"
                  leftSection={<IconChecks size={14} aria-hidden />}
                  disabled={selected.length === 0}
                  loading={bulk.isPending}
                  onClick={() => bulk.mutate(selected)}
                >
                  Confirm selected ({formatNumber(selected.length)})
                </Button>
              </Group>
              <Text size="sm" c="dimmed">
                Nothing changes until you confirm. Confirmed messages go on the application’s timeline with their own
                date; a dismissed message is never proposed again.
              </Text>
              {/* Two columns of cards in a wide window (from Mantine's xl breakpoint, 88em). */}
              <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="xs" role="list" aria-label="Job e-mails to review">
                {list.map((p) => (
                  <ProposalCard
                    key={p.id}
                    proposal={p}
                    selected={selected.includes(p.id)}
                    busy={busyOf(p.id)}
                    onSelect={(on) => setSelected((s) => (on ? [...s, p.id] : s.filter((id) => id !== p.id)))}
                    onConfirm={() => card.mutate({ id: p.id, what: 'confirm' })}
                    onEdit={() => setEditing(p)}
                    onDismiss={() => card.mutate({ id: p.id, what: 'dismiss' })}
                  />
                ))}
              </SimpleGrid>
            </Stack>
          )
        }
      </QueryState>
      <HistoryList />

      {editing && (
        <EditProposal
          proposal={editing}
          onClose={() => setEditing(null)}
          onConfirmed={(m) => {
            setEditing(null);
            done(m);
            notifications.show({ color: 'teal', title: 'Confirmed', message: sentence(m) });
          }}
        />
      )}
      {dialog === 'paste' && (
        <PasteDialog
          onClose={() => setDialog(null)}
          onRead={(r) => {
            setDialog(null);
            refresh([]);
            notifications.show(
              r.kept
                ? { color: 'teal', title: 'Kept to review', message: r.message ? sentence(r.message) : '' }
                : r.known
                  ? { color: 'blue', title: 'Already read', message: 'This message was read before.' }
                  : { color: 'gray', title: 'Not about a job', message: 'Nothing was kept.' },
            );
          }}
        />
      )}
      {dialog === 'settings' && <SettingsDialog onClose={() => setDialog(null)} />}
    </Stack>
  );
}

/** EmptyInbox says what the inbox does and that nothing leaves the computer. */
function EmptyInbox() {
  return (
    <Paper withBorder p="lg">
      <Stack align="center" gap="xs" maw={620} mx="auto">
        <IconMailOpened size={32} aria-hidden />
        <Text fw={500}>No job e-mail to review</Text>
        <Text size="sm" c="dimmed" ta="center">
          Drop .eml or .mbox files here (from Thunderbird, Apple Mail or Google Takeout), import a folder, or paste a
          message. Huntbook reads them on this computer and proposes what changed: a rejection, an interview, an offer.
          Nothing changes until you confirm.
        </Text>
        <Text size="sm" c="dimmed" ta="center">
          Nothing leaves this computer: remote images and links in messages are never loaded, and only job e-mails are
          kept (sender, date, subject and a short excerpt).
        </Text>
      </Stack>
    </Paper>
  );
}
