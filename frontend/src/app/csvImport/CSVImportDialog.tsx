/**
 * The preview of a CSV import: how each column and status of the file will
 * be read (editable), how dates are read and why, the first rows as they
 * will be saved and the rows that will be skipped with their line and
 * problems. Nothing is written until "Import"; the skipped rows can be saved
 * as a CSV file to fix.
 */
import { useState } from 'react';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import {
  Alert,
  Badge,
  Button,
  Group,
  Loader,
  Modal,
  NativeSelect,
  ScrollArea,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { csvImport } from '../../api';
import type { CSVImportResult, CSVMapping, CSVPreview } from '../../api/csvImport';
import { queryKeys } from '../queryKeys';
import { count } from '../../shared/count';
import { outcomeWord, previewSummary } from './summary';

const dateOrders = [
  { value: '', label: 'Decide from the file' },
  { value: 'dmy', label: 'Day first (25/03/2026)' },
  { value: 'mdy', label: 'Month first (03/25/2026)' },
];

function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Stack gap={6}>
      <Title order={3} size="h5">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

/** One message at a time: what the last action did, or why it failed. */
type Message = { ok: boolean; text: string } | null;

export interface CSVImportDialogProps {
  path: string;
  /** The first preview (detected or remembered mapping), shown at once. */
  initial: CSVPreview;
  onClose: () => void;
  onImported: (r: CSVImportResult) => void;
}

/** CSVImportDialog previews a CSV import and runs it with the mapping the user settled on. */
export function CSVImportDialog({ path, initial, onClose, onImported }: CSVImportDialogProps) {
  const [mapping, setMapping] = useState<CSVMapping>(initial.mapping);
  const [message, setMessage] = useState<Message>(null);
  const key = JSON.stringify(mapping);
  const first = key === JSON.stringify(initial.mapping);
  const q = useQuery({
    queryKey: queryKeys.csvImport.preview(path, key),
    queryFn: () => csvImport.preview(path, mapping),
    initialData: first ? initial : undefined,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });
  const run = useMutation({
    mutationFn: () => csvImport.importRows(path, mapping),
    onMutate: () => setMessage(null),
    onSuccess: onImported,
    onError: (e) => setMessage({ ok: false, text: e.message }),
  });
  const save = useMutation({
    mutationFn: () => csvImport.saveSkipped(path, mapping),
    onMutate: () => setMessage(null),
    onSuccess: (saved) => {
      if (saved)
        setMessage({ ok: true, text: `Saved the skipped rows to ${saved}. Fix them there and import that file.` });
    },
    onError: (e) => setMessage({ ok: false, text: e.message }),
  });
  const p = q.data ?? initial;
  const busy = run.isPending || q.isFetching;
  const change = (next: Partial<CSVMapping>) => {
    setMessage(null);
    setMapping((m) => ({ ...m, ...next }));
  };
  const setColumn = (i: number, field: string) =>
    change({ columns: p.columns.map((c) => (c.index === i ? field : (mapping.columns[c.index] ?? c.field))) });
  const setStatus = (status: string, target: string) =>
    change({
      statuses: p.statuses.map((s) => ({ status: s.status, target: s.status === status ? target : s.target })),
    });
  const canImport = p.good > 0 && p.missing.length === 0 && !q.isError;

  return (
    <Modal
      opened
      onClose={onClose}
      title={`Import ${fileName(path)}`}
      size="min(1200px, 96vw)"
      closeOnClickOutside={!busy}
      closeOnEscape={!run.isPending}
    >
      <Stack gap="sm">
        <Group gap="xs" justify="space-between" wrap="nowrap" align="flex-start">
          <Text size="sm" role="status" aria-live="polite">
            {previewSummary(p)}
          </Text>
          {q.isFetching && <Loader size="xs" aria-label="Reading the file again" />}
        </Group>
        {p.remembered && first && (
          <Text size="xs" c="dimmed">
            Columns and statuses as you chose them for the last file with these headers.
          </Text>
        )}
        {q.isError && (
          <Alert color="red" role="alert" title="The file could not be read">
            {q.error.message}
          </Alert>
        )}
        {message && (
          <Alert color={message.ok ? 'teal' : 'red'} role={message.ok ? 'status' : 'alert'}>
            {message.text}
          </Alert>
        )}
        <ScrollArea.Autosize mah="calc(100dvh - 18rem)" type="auto" offsetScrollbars>
          <Stack gap="md">
            {p.missing.length > 0 && (
              <Alert color="orange" role="alert" title={`Which column holds ${p.missing.join(' and ')}?`}>
                No column has a name Huntbook knows for {p.missing.join(' or ')}. Choose it below; nothing is imported
                until then.
              </Alert>
            )}
            <Section title="Columns">
              <Table.ScrollContainer minWidth={560}>
                <Table verticalSpacing={4} aria-label="Columns">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Column in the file</Table.Th>
                      <Table.Th>Imported as</Table.Th>
                      <Table.Th>Examples</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {p.columns.map((c) => (
                      <Table.Tr key={c.index}>
                        <Table.Td style={{ overflowWrap: 'anywhere' }}>{c.header || `Column ${c.index + 1}`}</Table.Td>
                        <Table.Td w={220}>
                          <NativeSelect
                            size="xs"
                            aria-label={`Field for column ${c.header || c.index + 1}`}
                            value={c.field}
                            onChange={(e) => setColumn(c.index, e.currentTarget.value)}
                            data={[{ value: '', label: '(not imported)' }, ...p.fields]}
                          />
                        </Table.Td>
                        <Table.Td>
                          <Text size="xs" c="dimmed" lineClamp={2} style={{ overflowWrap: 'anywhere' }}>
                            {c.samples.join(' · ')}
                          </Text>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Section>

            {p.statuses.length > 0 && (
              <Section title="Statuses">
                <Text size="xs" c="dimmed">
                  A status that is not one of your stages goes to the nearest stage or outcome. Change it here, or make
                  it a new stage.
                </Text>
                <Table.ScrollContainer minWidth={560}>
                  <Table verticalSpacing={4} aria-label="Statuses">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>Status in the file</Table.Th>
                        <Table.Th>Rows</Table.Th>
                        <Table.Th>Becomes</Table.Th>
                        <Table.Th>Why</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {p.statuses.map((s) => (
                        <Table.Tr key={s.status}>
                          <Table.Td style={{ overflowWrap: 'anywhere' }}>{s.status}</Table.Td>
                          <Table.Td>{s.count}</Table.Td>
                          <Table.Td w={260}>
                            <NativeSelect
                              size="xs"
                              aria-label={`Where “${s.status}” goes`}
                              value={s.target}
                              onChange={(e) => setStatus(s.status, e.currentTarget.value)}
                              data={[...p.targets, { value: `new:${s.status}`, label: `New stage “${s.status}”` }]}
                            />
                          </Table.Td>
                          <Table.Td>
                            <Text size="xs" c="dimmed">
                              {s.reason}
                            </Text>
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              </Section>
            )}

            <Section title="Dates">
              <Group gap="sm" align="flex-end" wrap="wrap">
                <NativeSelect
                  size="xs"
                  label="Order of day and month"
                  value={mapping.dateOrder}
                  onChange={(e) => change({ dateOrder: e.currentTarget.value })}
                  data={dateOrders}
                  w={240}
                />
                <Text size="xs" c="dimmed" style={{ flex: '1 1 320px' }}>
                  {p.dateReason}
                </Text>
              </Group>
            </Section>

            {p.rows.length > 0 && (
              <Section
                title={
                  p.good > p.rows.length
                    ? `First ${p.rows.length} rows as they will be saved`
                    : 'Rows as they will be saved'
                }
              >
                <Table.ScrollContainer minWidth={720}>
                  <Table verticalSpacing={4} striped aria-label="Rows to import">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>Line</Table.Th>
                        <Table.Th>Company</Table.Th>
                        <Table.Th>Job title</Table.Th>
                        <Table.Th>Stage</Table.Th>
                        <Table.Th>Applied</Table.Th>
                        <Table.Th>Contact</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {p.rows.map((r) => (
                        <Table.Tr key={r.line}>
                          <Table.Td>{r.line}</Table.Td>
                          <Table.Td style={{ overflowWrap: 'anywhere' }}>{r.company}</Table.Td>
                          <Table.Td style={{ overflowWrap: 'anywhere' }}>{r.title}</Table.Td>
                          <Table.Td>
                            {r.stage}
                            {r.outcome && r.outcome !== 'open' && (
                              <Badge size="xs" ml={6} variant="light" color="gray">
                                {outcomeWord(r.outcome)}
                              </Badge>
                            )}
                          </Table.Td>
                          <Table.Td style={{ whiteSpace: 'nowrap' }}>{r.dateApplied}</Table.Td>
                          <Table.Td style={{ overflowWrap: 'anywhere' }}>{r.contacts.join(', ')}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              </Section>
            )}

            {p.bad > 0 && p.missing.length === 0 && (
              <Section title={`${count(p.bad, 'row')} will be skipped`}>
                <Group gap="sm">
                  <Button size="xs" variant="default" loading={save.isPending} onClick={() => save.mutate()}>
                    Save skipped rows as CSV…
                  </Button>
                  {p.bad > p.skipped.length && (
                    <Text size="xs" c="dimmed">
                      The first {p.skipped.length} are listed; the file holds all {p.bad}.
                    </Text>
                  )}
                </Group>
                <Table.ScrollContainer minWidth={560}>
                  <Table verticalSpacing={4} aria-label="Rows to skip">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>Line</Table.Th>
                        <Table.Th>Problems</Table.Th>
                        <Table.Th>Row</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {p.skipped.map((s) => (
                        <Table.Tr key={s.line}>
                          <Table.Td>{s.line}</Table.Td>
                          <Table.Td>{s.problems.join('; ')}</Table.Td>
                          <Table.Td>
                            <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                              {s.text}
                            </Text>
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              </Section>
            )}
          </Stack>
        </ScrollArea.Autosize>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={run.isPending}>
            Cancel
          </Button>
          <Button onClick={() => run.mutate()} loading={run.isPending} disabled={!canImport || q.isFetching}>
            {canImport ? `Import ${count(p.good, 'application')}` : 'Nothing to import'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
