/**
 * The AI panel of an application (a tab of the detail drawer): the offline
 * match, running a task with live output, and the saved drafts.
 */
import { useEffect, useRef, useState } from 'react';
import { Badge, Stack, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { assistant } from '../../api';
import { queryKeys } from '../../app/queryKeys';
import { QueryState } from '../../shared/QueryState';
import { AnalysisCard } from './AnalysisCard';
import { DraftView } from './DraftView';
import { formatDateTime } from '../../shared/format';
import { RunSection } from './RunSection';
import { useRun } from './run';

/** AIPanel is everything AI about one application. `onDraftsChanged` lets the drawer refresh its timeline. */
export function AIPanel({
  applicationId,
  initialTask,
  onDraftsChanged,
}: {
  applicationId: number;
  /** The task chosen when the panel opens (the agenda's "Prepare" asks for interview prep). */
  initialTask?: assistant.Task;
  onDraftsChanged?: () => void;
}) {
  const client = useQueryClient();
  const providersQuery = useQuery({ queryKey: queryKeys.assistant.providers, queryFn: assistant.providers });
  const draftsKey = queryKeys.assistant.generations(applicationId);
  const draftsQuery = useQuery({ queryKey: draftsKey, queryFn: () => assistant.generations(applicationId) });
  const drafts = draftsQuery.data ?? [];
  const [selected, setSelected] = useState(0);
  // Asking to open a draft (the run's "Open saved draft") brings it into view once it is listed.
  const [reveal, setReveal] = useState(0);
  const draftRef = useRef<HTMLDivElement>(null);

  const reloadDrafts = () => client.invalidateQueries({ queryKey: draftsKey });
  const reloadProviders = () => client.invalidateQueries({ queryKey: queryKeys.assistant.providers });

  const { state, start, cancel } = useRun((r) => {
    void reloadDrafts();
    onDraftsChanged?.();
    if (r.result && r.result.generationId > 0) setSelected(r.result.generationId);
  });

  const current = drafts.find((d) => d.id === selected) ?? null;
  const shown = current?.id ?? 0;
  useEffect(() => {
    if (reveal === 0 || shown === 0) return;
    draftRef.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
    draftRef.current?.focus({ preventScroll: true });
  }, [reveal, shown]);

  return (
    <Stack gap="md">
      <AnalysisCard applicationId={applicationId} />
      <QueryState of={providersQuery} loading="Loading the providers" errorTitle="Could not read the providers">
        {() => (
          <RunSection
            applicationId={applicationId}
            initialTask={initialTask}
            providers={providersQuery.data ?? []}
            run={state}
            onStart={(task, opts) => void start(task, applicationId, opts)}
            onCancel={() => void cancel()}
            onOpenDraft={(id) => {
              setSelected(id);
              setReveal((n) => n + 1);
            }}
            onProvidersChanged={() => void reloadProviders()}
          />
        )}
      </QueryState>
      <section aria-labelledby="ai-drafts-title">
        <Title order={3} size="h5" id="ai-drafts-title" mb="xs">
          Drafts ({drafts.length})
        </Title>
        {draftsQuery.error != null ? (
          <QueryState of={draftsQuery} loading="Loading the drafts" errorTitle="Could not read the drafts">
            {() => null}
          </QueryState>
        ) : drafts.length === 0 ? (
          <Text size="sm" c="dimmed">
            No drafts yet. Every run is saved here with its provider, model and time.
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={520}>
            <Table highlightOnHover fz="sm" aria-label="AI drafts">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Draft</Table.Th>
                  <Table.Th>Provider</Table.Th>
                  <Table.Th>Model</Table.Th>
                  <Table.Th>Time</Table.Th>
                  <Table.Th>Version</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {drafts.map((d) => (
                  <Table.Tr key={d.id} bg={d.id === selected ? 'var(--mantine-primary-color-light)' : undefined}>
                    <Table.Td>
                      <UnstyledButton
                        onClick={() => setSelected(d.id === selected ? 0 : d.id)}
                        aria-expanded={d.id === selected}
                        aria-label={`Open draft ${d.id}: ${assistant.taskLabel(d.task)}${d.partial ? ' (partial)' : ''}`}
                        style={{ textDecoration: 'underline', textUnderlineOffset: 3 }}
                      >
                        {assistant.taskLabel(d.task)}
                      </UnstyledButton>
                      {d.partial ? (
                        <Badge ml={6} size="xs" color="orange" variant="light">
                          partial
                        </Badge>
                      ) : null}
                    </Table.Td>
                    <Table.Td>{d.provider}</Table.Td>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>{d.model}</Table.Td>
                    <Table.Td>{formatDateTime(d.createdAt)}</Table.Td>
                    <Table.Td>{d.version}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {current ? (
          <div
            ref={draftRef}
            role="group"
            tabIndex={-1}
            aria-label={`Draft: ${assistant.taskLabel(current.task)}`}
            style={{
              marginTop: 'var(--mantine-spacing-sm)',
              scrollMarginTop: 'var(--mantine-spacing-md)',
              outline: 'none',
            }}
          >
            <DraftView
              key={`${current.id}-${current.version}`}
              draft={current}
              onChanged={(g) => {
                if (g)
                  client.setQueryData<assistant.Generation[]>(draftsKey, (all) =>
                    (all ?? []).map((d) => (d.id === g.id ? g : d)),
                  );
                else setSelected(0);
                void reloadDrafts();
                onDraftsChanged?.();
              }}
            />
          </div>
        ) : null}
      </section>
    </Stack>
  );
}
