/** The request ledger: every request sent to a model server, with export and clear. */
import { useCallback, useEffect, useState } from 'react';
import { Badge, Button, Group, Modal, Stack, Table, Text, Textarea } from '@mantine/core';
import { assistant, data } from '../../api';
import { useAction } from '../detail/action';
import { bytes, when } from './format';

/** How many entries the view shows; the export has them all. */
const shown = 500;

/** LedgerSection lists the ledger (newest first). */
export function LedgerSection() {
  const [rows, setRows] = useState<assistant.LedgerEntry[] | null>(null);
  const [exported, setExported] = useState<{ format: string; text: string } | null>(null);
  const [confirmClear, setConfirmClear] = useState(false);
  const [copied, setCopied] = useState('');
  const load = useAction();
  const act = useAction();

  const reload = useCallback(() => load.run(async () => setRows(await assistant.ledger(shown))), [load.run]);
  useEffect(() => {
    void reload();
  }, [reload]);

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        Every request Huntbook sent to a model server: when, where, for which task, how many bytes each way and which placeholders stood in
        for your details. Nothing is sent without you asking.
      </Text>
      <Group gap="xs">
        <Button variant="default" onClick={() => void reload()} loading={load.busy}>
          Refresh
        </Button>
        {(['csv', 'json'] as const).map((f) => (
          <Button key={f} variant="default" onClick={() => void act.run(async () => setExported({ format: f.toUpperCase(), text: await assistant.exportLedger(f) }))}>
            Export {f.toUpperCase()}
          </Button>
        ))}
        <Button variant="subtle" color="red" onClick={() => setConfirmClear(true)} disabled={!rows || rows.length === 0}>
          Clear ledger
        </Button>
      </Group>
      {load.error || act.error ? (
        <Text c="red" size="sm" role="alert">
          {load.error || act.error}
        </Text>
      ) : null}
      {rows && rows.length === 0 ? (
        <Text size="sm">No request has been sent yet.</Text>
      ) : rows ? (
        <Table.ScrollContainer minWidth={760}>
          <Table striped fz="sm" aria-label="Request ledger">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Time</Table.Th>
                <Table.Th>Provider</Table.Th>
                <Table.Th>Host</Table.Th>
                <Table.Th>Task</Table.Th>
                <Table.Th>Sent</Table.Th>
                <Table.Th>Received</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Placeholders</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>{when(r.at)}</Table.Td>
                  <Table.Td>
                    {r.provider}
                    <Text size="xs" c="dimmed">
                      {r.model}
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{r.host}</Table.Td>
                  <Table.Td>{assistant.taskLabel(r.task)}</Table.Td>
                  <Table.Td>{bytes(r.bytesSent)}</Table.Td>
                  <Table.Td>{bytes(r.bytesReceived)}</Table.Td>
                  <Table.Td title={r.error || undefined}>
                    {r.status}
                    {r.error ? (
                      <Text size="xs" c="red">
                        {r.error}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    {r.redacted ? (
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

      <Modal opened={exported !== null} onClose={() => setExported(null)} title={`Ledger as ${exported?.format ?? ''}`} size="xl">
        <Stack gap="xs">
          <Textarea label="Exported ledger" value={exported?.text ?? ''} readOnly autosize minRows={6} maxRows={20} styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }} />
          <Group justify="space-between">
            <Text size="xs" role="status">
              {copied}
            </Text>
            <Group gap="xs">
              <Button
                variant="default"
                onClick={() =>
                  void act.run(async () => {
                    const path = await data.saveText(`huntbook-ledger.${(exported?.format ?? 'csv').toLowerCase()}`, exported?.text ?? '');
                    if (path) setCopied(`Saved to ${path}`);
                  })
                }
              >
                Save to file…
              </Button>
              <Button onClick={() => void act.run(async () => { await assistant.copyText(exported?.text ?? ''); setCopied('Copied to the clipboard'); })}>
                Copy to clipboard
              </Button>
            </Group>
          </Group>
        </Stack>
      </Modal>
      <Modal opened={confirmClear} onClose={() => setConfirmClear(false)} title="Clear the ledger?" size="sm" centered>
        <Text size="sm">The record of every request sent so far will be deleted. Drafts stay.</Text>
        <Group justify="flex-end" mt="md" gap="xs">
          <Button variant="default" onClick={() => setConfirmClear(false)} data-autofocus>
            Keep it
          </Button>
          <Button color="red" loading={act.busy} onClick={async () => {
            if (await act.run(() => assistant.clearLedger())) {
              setConfirmClear(false);
              void reload();
            }
          }}>
            Clear ledger
          </Button>
        </Group>
      </Modal>
    </Stack>
  );
}
