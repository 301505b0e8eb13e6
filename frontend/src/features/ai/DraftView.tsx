/**
 * One saved AI draft: read it (Markdown, or structured insights), edit it
 * (saved as a new version), compare versions, copy it, export it as Markdown,
 * plain text or a Word document, or delete it (asked first).
 */
import { useState } from 'react';
import { Badge, Button, Group, Modal, Paper, Stack, Text, Textarea } from '@mantine/core';
import { IconCopy, IconDeviceFloppy, IconEdit, IconFileExport, IconGitCompare, IconTrash } from '@tabler/icons-react';
import { assistant, data, drafts } from '../../api';
import { ConfirmDialog } from '../../shared/ConfirmDialog';
import { SafeMarkdown } from '../../shared/SafeMarkdown';
import { useAction } from '../../shared/action';
import { formatDateTime } from '../../shared/format';
import { hardBreaks } from './markdown';
import { InsightsResult, parseInsights } from './Structured';
import classes from './draft.module.css';
import { VersionCompare } from './VersionCompare';

type Mode = 'read' | 'edit' | 'compare';

interface Props {
  draft: assistant.Generation;
  /** Called with the updated draft after an edit, or null after a delete. */
  onChanged: (g: assistant.Generation | null) => void;
}

/** DraftView shows and acts on one draft. */
export function DraftView({ draft, onChanged }: Props) {
  const [mode, setMode] = useState<Mode>('read');
  const [text, setText] = useState(draft.text);
  const [exported, setExported] = useState<{ format: 'markdown' | 'text'; text: string } | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [copied, setCopied] = useState('');
  const save = useAction();
  const act = useAction();
  const insights = draft.format === 'json' ? parseInsights(draft.text, assistant.readInsights) : null;

  const copy = (t: string, what: string) =>
    act.run(async () => {
      await assistant.copyText(t);
      setCopied(what);
    });

  const saveVersion = async () => {
    // A box, not a let: TypeScript does not see the assignment inside run.
    const updated: { draft?: assistant.Generation } = {};
    if (await save.run(async () => (updated.draft = await assistant.updateGeneration(draft.id, text)))) {
      setMode('read');
      if (updated.draft) onChanged(updated.draft);
    }
  };

  const saveDocx = () =>
    act.run(async () => {
      const path = await drafts.saveDocx(draft.id);
      if (path) setCopied(`Saved as ${path}`);
    });

  return (
    <Paper
      withBorder
      p="md"
      component="article"
      aria-label={`${assistant.taskLabel(draft.task)} draft`}
      data-testid="ai-draft"
    >
      <Group justify="space-between" mb="xs" align="flex-start">
        <div>
          <Text fw={600}>{assistant.taskLabel(draft.task)}</Text>
          <Text size="xs" c="dimmed">
            {draft.provider} · {draft.model} · {formatDateTime(draft.createdAt)} · version {draft.version}
          </Text>
        </div>
        <Group gap={4}>
          {draft.partial ? (
            <Badge color="orange" variant="light" title={draft.error || 'The run stopped early'}>
              Partial
            </Badge>
          ) : null}
          {draft.redacted ? (
            <Badge color="teal" variant="light" title="Personal details were replaced before sending">
              Redacted
            </Badge>
          ) : null}
        </Group>
      </Group>
      {draft.partial && draft.error ? (
        <Text size="xs" c="dimmed" mb="xs">
          Stopped early: {draft.error}
        </Text>
      ) : null}

      <Group gap="xs" mb="sm">
        <Button
          size="compact-sm"
          variant={mode === 'edit' ? 'filled' : 'default'}
          leftSection={<IconEdit size={14} aria-hidden />}
          onClick={() => {
            setText(draft.text);
            setMode(mode === 'edit' ? 'read' : 'edit');
          }}
        >
          Edit
        </Button>
        <Button
          size="compact-sm"
          variant={mode === 'compare' ? 'filled' : 'default'}
          leftSection={<IconGitCompare size={14} aria-hidden />}
          onClick={() => setMode(mode === 'compare' ? 'read' : 'compare')}
        >
          Compare versions
        </Button>
        <Button
          size="compact-sm"
          variant="default"
          leftSection={<IconCopy size={14} aria-hidden />}
          onClick={() => void copy(draft.text, 'Draft copied')}
        >
          Copy
        </Button>
        {(['markdown', 'text'] as const).map((f) => (
          <Button
            key={f}
            size="compact-sm"
            variant="default"
            leftSection={<IconFileExport size={14} aria-hidden />}
            onClick={() =>
              void act.run(async () => setExported({ format: f, text: await assistant.exportGeneration(draft.id, f) }))
            }
          >
            {f === 'markdown' ? 'Export Markdown' : 'Export plain text'}
          </Button>
        ))}
        <Button
          size="compact-sm"
          variant="default"
          leftSection={<IconFileExport size={14} aria-hidden />}
          onClick={() => void saveDocx()}
        >
          Save as Word (.docx)
        </Button>
        <Button
          size="compact-sm"
          variant="subtle"
          color="red"
          leftSection={<IconTrash size={14} aria-hidden />}
          onClick={() => setConfirmDelete(true)}
        >
          Delete
        </Button>
      </Group>
      {act.error ? (
        <Text c="red" size="sm" role="alert" mb="xs">
          {act.error}
        </Text>
      ) : copied ? (
        <Text size="xs" c="dimmed" role="status" mb="xs">
          {copied}
        </Text>
      ) : null}

      {mode === 'edit' ? (
        <Stack gap="xs">
          <Textarea
            label="Draft text"
            description="Saving keeps the earlier versions"
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            autosize
            minRows={8}
            maxRows={24}
            error={save.error || undefined}
          />
          <Group gap="xs">
            <Button loading={save.busy} disabled={text === draft.text} onClick={() => void saveVersion()}>
              Save as new version
            </Button>
            <Button variant="default" onClick={() => setMode('read')}>
              Discard edit
            </Button>
          </Group>
        </Stack>
      ) : mode === 'compare' ? (
        <VersionCompare generationId={draft.id} latestVersion={draft.version} />
      ) : insights ? (
        <InsightsResult insights={insights} />
      ) : (
        <div data-testid="ai-draft-text" className={classes.draft}>
          <SafeMarkdown text={hardBreaks(draft.text)} />
        </div>
      )}

      <Modal
        opened={exported !== null}
        onClose={() => setExported(null)}
        title={exported?.format === 'markdown' ? 'Exported as Markdown' : 'Exported as plain text'}
        size="lg"
      >
        <Stack gap="xs">
          <Textarea label="Exported text" value={exported?.text ?? ''} readOnly autosize minRows={6} maxRows={18} />
          <Group justify="flex-end">
            <Button
              variant="default"
              leftSection={<IconDeviceFloppy size={14} aria-hidden />}
              onClick={() =>
                void act.run(async () => {
                  const name = `${draft.task}-${draft.id}.${exported?.format === 'markdown' ? 'md' : 'txt'}`;
                  const path = await data.saveText(name, exported?.text ?? '');
                  if (path) setCopied(`Saved to ${path}`);
                })
              }
            >
              Save to file…
            </Button>
            <Button
              leftSection={<IconCopy size={14} aria-hidden />}
              onClick={() => void copy(exported?.text ?? '', 'Exported text copied')}
            >
              Copy to clipboard
            </Button>
          </Group>
        </Stack>
      </Modal>
      <ConfirmDialog
        opened={confirmDelete}
        title="Delete this draft?"
        confirmLabel="Delete draft"
        cancelLabel="Keep it"
        onConfirm={async () => {
          await assistant.deleteGeneration(draft.id);
          onChanged(null);
        }}
        onClose={() => setConfirmDelete(false)}
      >
        <Text size="sm">The draft and all its versions will be deleted.</Text>
      </ConfirmDialog>
    </Paper>
  );
}
