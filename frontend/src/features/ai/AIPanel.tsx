/**
 * The AI panel of an application (a tab of the detail drawer): the offline
 * match, running a task with live output, and the saved drafts.
 */
import { useCallback, useEffect, useState } from 'react';
import { Alert, Badge, Stack, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { assistant } from '../../api';
import { messageOf } from '../detail/action';
import { AnalysisCard } from './AnalysisCard';
import { DraftView } from './DraftView';
import { when } from './format';
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
  const [providers, setProviders] = useState<assistant.ProviderInfo[] | null>(null);
  const [drafts, setDrafts] = useState<assistant.Generation[]>([]);
  const [selected, setSelected] = useState(0);
  const [error, setError] = useState('');

  const loadDrafts = useCallback(async () => {
    try {
      setDrafts(await assistant.generations(applicationId));
    } catch (err) {
      setError(messageOf(err));
    }
  }, [applicationId]);

  const loadProviders = useCallback(() => {
    assistant.providers().then(setProviders, (err: unknown) => {
      setProviders((p) => p ?? []);
      setError(messageOf(err));
    });
  }, []);

  useEffect(() => {
    loadProviders();
    void loadDrafts();
  }, [loadDrafts, loadProviders]);

  const { state, start, cancel } = useRun((r) => {
    void loadDrafts();
    onDraftsChanged?.();
    if (r.result && r.result.generationId > 0) setSelected(r.result.generationId);
  });

  const current = drafts.find((d) => d.id === selected) ?? null;

  return (
    <Stack gap="md">
      <AnalysisCard applicationId={applicationId} />
      {error ? (
        <Alert color="red" role="alert" title="Something could not be loaded">
          {error}
        </Alert>
      ) : null}
      {providers ? (
        <RunSection
          applicationId={applicationId}
          initialTask={initialTask}
          providers={providers}
          run={state}
          onStart={(task, opts) => void start(task, applicationId, opts)}
          onCancel={() => void cancel()}
          onOpenDraft={setSelected}
          onProvidersChanged={loadProviders}
        />
      ) : null}
      <section aria-labelledby="ai-drafts-title">
        <Title order={3} size="h5" id="ai-drafts-title" mb="xs">
          Drafts ({drafts.length})
        </Title>
        {drafts.length === 0 ? (
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
                    <Table.Td>{when(d.createdAt)}</Table.Td>
                    <Table.Td>{d.version}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {current ? (
          <div style={{ marginTop: 'var(--mantine-spacing-sm)' }}>
            <DraftView
              key={`${current.id}-${current.version}`}
              draft={current}
              onChanged={(g) => {
                if (g) setDrafts((all) => all.map((d) => (d.id === g.id ? g : d)));
                else setSelected(0);
                void loadDrafts();
                onDraftsChanged?.();
              }}
            />
          </div>
        ) : null}
      </section>
    </Stack>
  );
}
