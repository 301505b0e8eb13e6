/**
 * The request ledger: every request Huntbook sent over the network (model
 * servers, Google Calendar, job links), named in plain words, with a filter
 * by kind, export and clear.
 */
import { useMemo, useState } from 'react';
import { Badge, Button, Group, Modal, SegmentedControl, Stack, Table, Text, Textarea } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { assistant, data } from '../../api';
import { queryKeys } from '../../app/queryKeys';
import { ConfirmDialog } from '../../shared/ConfirmDialog';
import { QueryState } from '../../shared/QueryState';
import { useAction } from '../../shared/action';
import { formatBytes, formatDateTime, formatDuration } from '../../shared/format';

/** How many entries the view shows; the export has them all. */
const shown = 500;

/** The kinds of request the filter offers. */
export type RequestKind = 'ai' | 'google' | 'job' | 'other';

const kindLabels: Record<RequestKind, string> = {
  ai: 'AI',
  google: 'Google Calendar',
  job: 'Job links',
  other: 'Other',
};

/** Requests that are not an AI task, by their ledger task. */
const plainTasks: Partial<Record<string, { kind: RequestKind; label: string }>> = {
  'google-oauth': { kind: 'google', label: 'Google Calendar: sign in' },
  'google-oauth-refresh': { kind: 'google', label: 'Google Calendar: renew access' },
  'google-oauth-revoke': { kind: 'google', label: 'Google Calendar: revoke access' },
  'google-calendar-list': { kind: 'google', label: 'Google Calendar: list calendars' },
  'google-calendar-events': { kind: 'google', label: 'Google Calendar: list events' },
  google: { kind: 'google', label: 'Google Calendar: other request' },
  'fetch-job': { kind: 'job', label: 'Read a job link' },
  'ai-discover': { kind: 'ai', label: 'AI: look for model servers on this computer' },
  models: { kind: 'ai', label: 'AI: list models' },
  probe: { kind: 'ai', label: 'AI: test the provider' },
};

/** requestKind says which kind of request a ledger row is. */
export function requestKind(r: Pick<assistant.LedgerEntry, 'task' | 'provider'>): RequestKind {
  const plain = plainTasks[r.task];
  if (plain) return plain.kind;
  if (r.provider || assistant.tasks.some((t) => t.task === r.task)) return 'ai';
  return 'other';
}

/** requestLabel names a ledger row's request in plain words ("Google Calendar: list events", "AI: Cover letter"). */
export function requestLabel(r: Pick<assistant.LedgerEntry, 'task' | 'provider'>): string {
  const plain = plainTasks[r.task];
  if (plain) return plain.label;
  if (requestKind(r) === 'ai') return r.task ? `AI: ${assistant.taskLabel(r.task)}` : 'AI: request';
  return r.task ? `Other: ${r.task}` : 'Other request';
}

/** LedgerSection lists the ledger (newest first). */
export function LedgerSection() {
  const client = useQueryClient();
  const query = useQuery({ queryKey: queryKeys.assistant.ledger, queryFn: () => assistant.ledger(shown) });
  const rows = query.data ?? null;
  const [exported, setExported] = useState<{ format: string; text: string } | null>(null);
  const [confirmClear, setConfirmClear] = useState(false);
  const [copied, setCopied] = useState('');
  const [kind, setKind] = useState<RequestKind | 'all'>('all');
  const act = useAction();
  const reload = () => client.invalidateQueries({ queryKey: queryKeys.assistant.ledger });
  const counts = useMemo(() => {
    const c: Record<RequestKind, number> = { ai: 0, google: 0, job: 0, other: 0 };
    for (const r of rows ?? []) c[requestKind(r)]++;
    return c;
  }, [rows]);
  const visible = useMemo(() => (rows ?? []).filter((r) => kind === 'all' || requestKind(r) === kind), [rows, kind]);

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        Every request Huntbook sent over the network: to AI model servers, to Google Calendar and to the job links you
        asked it to read. When, where, what for, how many bytes each way, how long it took and how it ended; for AI
        requests, which placeholders stood in for your details. Tokens, codes and keys are never written here. Nothing
        is sent without you asking.
      </Text>
      <Group gap="xs">
        <Button variant="default" onClick={() => void reload()} loading={query.isFetching}>
          Refresh
        </Button>
        {(['csv', 'json'] as const).map((f) => (
          <Button
            key={f}
            variant="default"
            onClick={() =>
              void act.run(async () => setExported({ format: f.toUpperCase(), text: await assistant.exportLedger(f) }))
            }
          >
            Export {f.toUpperCase()}
          </Button>
        ))}
        <Button
          variant="subtle"
          color="red"
          onClick={() => setConfirmClear(true)}
          disabled={!rows || rows.length === 0}
        >
          Clear ledger
        </Button>
      </Group>
      <QueryState of={query} loading="Reading the ledger" errorTitle="Could not read the ledger">
        {() => null}
      </QueryState>
      {act.error ? (
        <Text c="red" size="sm" role="alert">
          {act.error}
        </Text>
      ) : null}
      {rows && rows.length > 0 ? (
        <SegmentedControl
          aria-label="Show requests"
          value={kind}
          onChange={(v) => setKind(v as RequestKind | 'all')}
          data={[
            { value: 'all', label: `All (${rows.length})` },
            ...(Object.keys(kindLabels) as RequestKind[])
              .filter((k) => counts[k] > 0 || k !== 'other')
              .map((k) => ({ value: k, label: `${kindLabels[k]} (${counts[k]})` })),
          ]}
          style={{ alignSelf: 'flex-start' }}
        />
      ) : null}
      {rows && rows.length === 0 ? (
        <Text size="sm">No request has been sent yet.</Text>
      ) : rows && visible.length === 0 ? (
        <Text size="sm">No request of this kind has been sent yet.</Text>
      ) : rows ? (
        <Table.ScrollContainer minWidth={760}>
          <Table striped fz="sm" aria-label="Request ledger">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Time</Table.Th>
                <Table.Th>Request</Table.Th>
                <Table.Th>Sent to</Table.Th>
                <Table.Th>Sent</Table.Th>
                <Table.Th>Received</Table.Th>
                <Table.Th>Took</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Placeholders</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {visible.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>{formatDateTime(r.at)}</Table.Td>
                  <Table.Td>
                    {requestLabel(r)}
                    {r.provider || r.model ? (
                      <Text size="xs" c="dimmed">
                        {[r.provider, r.model].filter(Boolean).join(' · ')}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    {/* A host reads as one word; only the long address below may wrap anywhere. */}
                    <Text span inherit style={{ whiteSpace: 'nowrap' }}>
                      {r.host}
                    </Text>
                    {r.url ? (
                      <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                        {r.method} {r.url}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>{formatBytes(r.bytesSent)}</Table.Td>
                  <Table.Td>{formatBytes(r.bytesReceived)}</Table.Td>
                  <Table.Td>{formatDuration(r.durationMs)}</Table.Td>
                  <Table.Td title={r.error || undefined}>
                    {r.status}
                    {r.error ? (
                      <Text size="xs" c="red">
                        {r.error}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    {requestKind(r) !== 'ai' ? (
                      <Text size="xs" c="dimmed">
                        not an AI request
                      </Text>
                    ) : r.redacted ? (
                      r.placeholders.length ? (
                        <Group gap={2}>
                          {r.placeholders.map((p) => (
                            <Badge key={p} size="xs" variant="light" color="teal" style={{ textTransform: 'none' }}>
                              {p}
                            </Badge>
                          ))}
                        </Group>
                      ) : (
                        'none needed'
                      )
                    ) : (
                      <Text size="xs" c="dimmed">
                        not redacted (local)
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}

      <Modal
        opened={exported !== null}
        onClose={() => setExported(null)}
        title={`Ledger as ${exported?.format ?? ''}`}
        size="xl"
      >
        <Stack gap="xs">
          <Textarea
            label="Exported ledger"
            value={exported?.text ?? ''}
            readOnly
            autosize
            minRows={6}
            maxRows={20}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          />
          <Group justify="space-between">
            <Text size="xs" role="status">
              {copied}
            </Text>
            <Group gap="xs">
              <Button
                variant="default"
                onClick={() =>
                  void act.run(async () => {
                    const path = await data.saveText(
                      `huntbook-ledger.${(exported?.format ?? 'csv').toLowerCase()}`,
                      exported?.text ?? '',
                    );
                    if (path) setCopied(`Saved to ${path}`);
                  })
                }
              >
                Save to file…
              </Button>
              <Button
                onClick={() =>
                  void act.run(async () => {
                    await assistant.copyText(exported?.text ?? '');
                    setCopied('Copied to the clipboard');
                  })
                }
              >
                Copy to clipboard
              </Button>
            </Group>
          </Group>
        </Stack>
      </Modal>
      <ConfirmDialog
        opened={confirmClear}
        title="Clear the ledger?"
        confirmLabel="Clear ledger"
        cancelLabel="Keep it"
        onConfirm={async () => {
          await assistant.clearLedger();
          await reload();
        }}
        onClose={() => setConfirmClear(false)}
      >
        <Text size="sm">The record of every request sent so far will be deleted. Drafts stay.</Text>
      </ConfirmDialog>
    </Stack>
  );
}
