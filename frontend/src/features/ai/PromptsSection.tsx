/** Prompt overrides per task (checked by the backend before saving) and the extra terms hidden from cloud providers. */
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Badge, Button, Group, NativeSelect, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { assistant } from '../../api';
import { queryKeys } from '../../app/queryKeys';
import { useAction } from '../../shared/action';
import { QueryState } from '../../shared/QueryState';

/** PromptsSection edits one task's prompt template at a time. */
export function PromptsSection() {
  const client = useQueryClient();
  const query = useQuery({ queryKey: queryKeys.assistant.templates, queryFn: () => assistant.templates() });
  const templates = query.data;
  const [task, setTask] = useState('cover-letter');
  // What the user typed for a task; none shows the task's stored prompt.
  const [edit, setEdit] = useState<{ task: string; text: string } | null>(null);
  const [saved, setSaved] = useState('');
  const save = useAction();

  const cur = templates?.find((t) => t.task === task);
  const stored = cur ? cur.override || cur.default : '';
  const text = edit?.task === task ? edit.text : stored;
  const submit = (value: string, what: string) =>
    save.run(async () => {
      await assistant.setPromptOverride(task, value);
      await client.invalidateQueries({ queryKey: queryKeys.assistant.templates });
      setEdit(null);
      setSaved(what);
    });

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="ai-prompts-title">
      <Title order={3} size="h5" id="ai-prompts-title" mb="xs">
        Prompts
      </Title>
      <QueryState of={query} loading="Loading prompts" errorTitle="Could not load the prompts">
        {() => null}
      </QueryState>
      <Stack gap="sm">
        <Group align="flex-end" gap="sm">
          <NativeSelect
            label="Prompt for"
            value={task}
            onChange={(e) => {
              setTask(e.currentTarget.value);
              setEdit(null);
              setSaved('');
            }}
            data={assistant.tasks.map((t) => ({ value: t.task, label: t.label }))}
          />
          {cur ? (
            <Badge variant="light" color={cur.override ? 'orange' : 'gray'} mb={8}>
              {cur.override ? 'Your version' : 'Shipped version'}
            </Badge>
          ) : null}
        </Group>
        <Textarea
          label="Prompt template"
          description="Go template text; the backend checks it renders before saving"
          value={text}
          onChange={(e) => {
            setEdit({ task, text: e.currentTarget.value });
            setSaved('');
          }}
          autosize
          minRows={8}
          maxRows={20}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 12 } }}
          error={save.error || undefined}
        />
        <Group gap="xs">
          <Button
            loading={save.busy}
            disabled={!cur || text === stored}
            onClick={() => void submit(text, 'Saved: runs of this task use your prompt.')}
          >
            Save prompt
          </Button>
          <Button
            variant="default"
            disabled={!cur?.override}
            onClick={() => void submit('', 'Restored the shipped prompt.')}
          >
            Restore shipped prompt
          </Button>
          <Text size="xs" role="status">
            {saved}
          </Text>
        </Group>
      </Stack>
    </Paper>
  );
}

/** RedactionSection edits the extra terms replaced by placeholders before a request leaves for a cloud provider. */
export function RedactionSection() {
  const client = useQueryClient();
  const query = useQuery({ queryKey: queryKeys.assistant.redactionTerms, queryFn: () => assistant.redactionTerms() });
  const stored = query.data ?? null;
  // What the user typed; none shows the stored terms.
  const [edit, setEdit] = useState<string | null>(null);
  const text = edit ?? (stored ?? []).join('\n');
  const [saved, setSaved] = useState('');
  const save = useAction();

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="ai-redaction-title">
      <Title order={3} size="h5" id="ai-redaction-title" mb="xs">
        Privacy
      </Title>
      <Text size="sm" mb="xs">
        For cloud providers, your name, email, phone, street address and profile links are always replaced by
        placeholders before a request leaves, and put back in the reply on this computer. Add anything else to hide (a
        current employer, a colleague's name…).
      </Text>
      <QueryState of={query} loading="Loading the terms" errorTitle="Could not load the terms">
        {() => null}
      </QueryState>
      <Textarea
        label="Extra terms to hide from cloud providers"
        description="One per line"
        value={text}
        onChange={(e) => {
          setEdit(e.currentTarget.value);
          setSaved('');
        }}
        autosize
        minRows={3}
        maxRows={12}
        error={save.error || undefined}
      />
      <Group gap="xs" mt="xs">
        <Button
          loading={save.busy}
          disabled={
            stored !== null &&
            text
              .split('\n')
              .map((s) => s.trim())
              .filter(Boolean)
              .join('\n') === stored.join('\n')
          }
          onClick={() =>
            void save.run(async () => {
              const t = await assistant.setRedactionTerms(
                text
                  .split('\n')
                  .map((s) => s.trim())
                  .filter(Boolean),
              );
              client.setQueryData(queryKeys.assistant.redactionTerms, t);
              setEdit(null);
              setSaved(`Saved ${t.length} ${t.length === 1 ? 'term' : 'terms'}.`);
            })
          }
        >
          Save terms
        </Button>
        <Text size="xs" role="status">
          {saved}
        </Text>
      </Group>
    </Paper>
  );
}
