/** Prompt overrides per task (checked by the backend before saving) and the extra terms hidden from cloud providers. */
import { useEffect, useState } from 'react';
import { Alert, Badge, Button, Group, NativeSelect, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { assistant } from '../../api';
import { messageOf, useAction } from '../../shared/action';

/** PromptsSection edits one task's prompt template at a time. */
export function PromptsSection() {
  const [templates, setTemplates] = useState<assistant.TemplateInfo[] | null>(null);
  const [task, setTask] = useState('cover-letter');
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const [saved, setSaved] = useState('');
  const save = useAction();

  const load = async (pick: string) => {
    try {
      const t = await assistant.templates();
      setTemplates(t);
      const cur = t.find((x) => x.task === pick);
      setText(cur ? cur.override || cur.default : '');
    } catch (err) {
      setError(messageOf(err));
    }
  };
  useEffect(() => {
    void load('cover-letter');
  }, []);

  const cur = templates?.find((t) => t.task === task);
  const submit = (value: string, what: string) =>
    save.run(async () => {
      await assistant.setPromptOverride(task, value);
      await load(task);
      setSaved(what);
    });

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="ai-prompts-title">
      <Title order={3} size="h5" id="ai-prompts-title" mb="xs">
        Prompts
      </Title>
      {error ? (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      ) : null}
      <Stack gap="sm">
        <Group align="flex-end" gap="sm">
          <NativeSelect
            label="Prompt for"
            value={task}
            onChange={(e) => {
              const t = e.currentTarget.value;
              setTask(t);
              setSaved('');
              const c = templates?.find((x) => x.task === t);
              setText(c ? c.override || c.default : '');
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
            setText(e.currentTarget.value);
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
            disabled={!cur || text === (cur.override || cur.default)}
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
  const [text, setText] = useState('');
  const [stored, setStored] = useState<string[] | null>(null);
  const [saved, setSaved] = useState('');
  const save = useAction();
  const runSave = save.run;

  useEffect(() => {
    void runSave(async () => {
      const t = await assistant.redactionTerms();
      setStored(t);
      setText(t.join('\n'));
    });
  }, [runSave]);

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
      <Textarea
        label="Extra terms to hide from cloud providers"
        description="One per line"
        value={text}
        onChange={(e) => {
          setText(e.currentTarget.value);
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
              setStored(t);
              setText(t.join('\n'));
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
