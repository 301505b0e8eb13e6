/** The job description: rendered as safe Markdown, editable as plain text. */
import { useState } from 'react';
import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { IconPencil } from '@tabler/icons-react';
import type { Application, ApplicationInput } from '../../api';
import { maxLongText } from '../applications/validate';
import { SafeMarkdown } from './SafeMarkdown';
import { useAction } from './action';
import type { SaveApplication } from './DetailFields';

/** DescriptionSection shows the job description and lets the user rewrite it. */
export function DescriptionSection({
  application,
  save,
  onSaved,
}: {
  application: Application;
  save: SaveApplication;
  onSaved: (a: Application) => void;
}) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(application.description);
  const act = useAction();
  const tooLong = text.length > maxLongText;

  const submit = async () => {
    if (tooLong) return;
    const { createdAt: _c, updatedAt: _u, stage: _s, ...input } = application;
    const next: ApplicationInput = { ...input, description: text };
    let out: Application | null = null;
    if (await act.run(async () => (out = await save(next)))) {
      setEditing(false);
      if (out) onSaved(out);
    }
  };

  if (editing) {
    return (
      <Stack gap="xs">
        <Textarea
          label="Job description"
          description="Plain text or Markdown. Pasted HTML is shown as text, never run."
          autosize
          minRows={8}
          maxRows={24}
          value={text}
          onChange={(e) => {
            setText(e.currentTarget.value);
            act.clear();
          }}
          onKeyDown={getHotkeyHandler([['mod+Enter', () => void submit()]])}
          error={tooLong ? `Too long (${text.length.toLocaleString()} characters, at most ${maxLongText.toLocaleString()})` : act.error || undefined}
          data-autofocus
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" size="xs" onClick={() => { setEditing(false); act.clear(); }}>
            Cancel
          </Button>
          <Button size="xs" loading={act.busy} disabled={tooLong} onClick={() => void submit()}>
            Save description
          </Button>
        </Group>
      </Stack>
    );
  }
  return (
    <Stack gap="xs">
      <Group justify="flex-end">
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPencil size={14} aria-hidden />}
          onClick={() => {
            setText(application.description);
            setEditing(true);
          }}
        >
          Edit description
        </Button>
      </Group>
      {application.description.trim() === '' ? (
        <Text size="sm" c="dimmed">
          No job description saved. Paste the posting here so it is still there when the ad goes offline.
        </Text>
      ) : (
        <SafeMarkdown text={application.description} />
      )}
    </Stack>
  );
}
