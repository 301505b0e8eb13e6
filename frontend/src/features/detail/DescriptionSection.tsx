/**
 * The job description: rendered as safe Markdown (headings, lists, links that
 * open in the system browser), editable as plain text.
 * A save sends the description it started from; when it was changed
 * elsewhere meanwhile, theirs is shown beside the user's text to choose from.
 */
import { useEffect, useState } from 'react';
import { Alert, Button, Group, ScrollArea, Stack, Text, Textarea } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { IconAlertTriangle, IconPencil } from '@tabler/icons-react';
import { isApiError, type Application } from '../../api';
import { maxLongText } from '../../shared/validate';
import { SafeMarkdown } from '../../shared/SafeMarkdown';
import { useAction } from '../../shared/action';
import type { SaveApplication } from './DetailFields';

/** DescriptionSection shows the job description and lets the user rewrite it. */
export function DescriptionSection({
  application,
  save,
  onSaved,
  onConflict,
}: {
  application: Application;
  save: SaveApplication;
  onSaved: (a: Application) => void;
  /** Called when a save was refused because the description changed elsewhere (reload it). */
  onConflict?: () => Promise<void>;
}) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(application.description);
  // The stored description the edit started from, and the stored one now
  // (a reload or a refused save brings a newer one).
  const [origin, setOrigin] = useState(application.description);
  const [stored, setStored] = useState(application.description);
  useEffect(() => setStored(application.description), [application.description]);
  const act = useAction();
  const tooLong = text.length > maxLongText;
  const clash = editing && stored !== origin && text !== stored;

  const submit = async () => {
    if (tooLong || clash) return;
    // A box, not lets: TypeScript does not see the assignments inside run.
    const r: { out?: Application; theirs?: string } = {};
    const ok = await act.run(async () => {
      try {
        r.out = await save({ description: text }, { description: origin });
      } catch (err) {
        const c = isApiError(err, 'conflict') ? err.conflicts?.find((x) => x.field === 'description') : undefined;
        if (typeof c?.theirs !== 'string') throw err;
        r.theirs = c.theirs;
      }
    });
    if (r.theirs !== undefined) {
      setStored(r.theirs);
      void onConflict?.();
    } else if (ok) {
      setEditing(false);
      if (r.out) onSaved(r.out);
    }
  };

  if (editing) {
    return (
      <Stack gap="xs">
        {clash ? (
          <Alert
            color="yellow"
            role="alert"
            icon={<IconAlertTriangle aria-hidden />}
            title="Changed elsewhere while you edited"
          >
            <Text size="sm">The saved description is now the one below; yours is in the editor.</Text>
            <ScrollArea.Autosize mah={200} mt="xs" type="auto">
              <Text
                size="sm"
                component="pre"
                style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', margin: 0 }}
                aria-label="Their description"
              >
                {stored}
              </Text>
            </ScrollArea.Autosize>
            <Group gap="xs" mt="xs">
              <Button size="compact-xs" variant="default" onClick={() => setOrigin(stored)}>
                Keep mine
              </Button>
              <Button
                size="compact-xs"
                variant="default"
                onClick={() => {
                  setText(stored);
                  setOrigin(stored);
                  setEditing(false);
                  act.clear();
                }}
              >
                Take theirs
              </Button>
            </Group>
          </Alert>
        ) : null}
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
          error={
            tooLong
              ? `Too long (${text.length.toLocaleString()} characters, at most ${maxLongText.toLocaleString()})`
              : act.error || undefined
          }
          data-autofocus
        />
        <Group justify="flex-end" gap="xs">
          <Button
            variant="default"
            size="xs"
            onClick={() => {
              setEditing(false);
              act.clear();
            }}
          >
            Cancel
          </Button>
          <Button size="xs" loading={act.busy} disabled={tooLong || clash} onClick={() => void submit()}>
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
            setOrigin(application.description);
            setStored(application.description);
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
        <SafeMarkdown text={application.description} links="open" />
      )}
    </Stack>
  );
}
