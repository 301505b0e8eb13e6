import { useState } from 'react';
import { Button, CloseButton, Group, NativeSelect, Paper, Text, TextInput } from '@mantine/core';
import { ConfirmDialog } from '../../shared/ConfirmDialog';
import { IconTrash } from '@tabler/icons-react';
import { outcomes, type Outcome, type Stage } from '../../api';
import { outcomeLabel } from '../../shared/outcome';

/** A change to apply to every selected application. */
export type BulkAction =
  | { kind: 'move'; stageId: number }
  | { kind: 'outcome'; outcome: Outcome }
  | { kind: 'tag'; add: string[]; remove: string[] }
  | { kind: 'delete' };

/**
 * BulkBar acts on the selected applications: move to a stage, set an outcome,
 * add or remove a tag, delete (after a confirmation). It calls onAction and
 * waits for it; the caller shows errors and reloads.
 */
export function BulkBar({
  count,
  stages,
  onAction,
  onClear,
}: {
  count: number;
  stages: Stage[];
  onAction: (a: BulkAction) => Promise<void>;
  onClear: () => void;
}) {
  const [busy, setBusy] = useState(false);
  const [tag, setTag] = useState('');
  const [confirming, setConfirming] = useState(false);
  const what = count === 1 ? '1 application' : `${count} applications`;

  const run = async (a: BulkAction) => {
    setBusy(true);
    try {
      await onAction(a);
    } finally {
      setBusy(false);
    }
  };
  const tagValue = tag.trim();

  return (
    <Paper withBorder shadow="md" p="xs" radius="md" role="region" aria-label="Selected applications">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Group gap={2} wrap="nowrap" style={{ alignSelf: 'center' }}>
          <CloseButton size="sm" aria-label="Clear selection" title="Clear selection" onClick={onClear} />
          <Text fw={600} size="sm" aria-live="polite">
            {count} selected
          </Text>
        </Group>
        <NativeSelect
          aria-label="Move selected to stage"
          size="xs"
          disabled={busy}
          data={[
            { value: '', label: 'Move to stage…' },
            ...stages.map((s) => ({ value: String(s.id), label: s.name })),
          ]}
          value=""
          onChange={(e) => {
            const id = Number(e.currentTarget.value);
            if (id) void run({ kind: 'move', stageId: id });
          }}
          w={150}
        />
        <NativeSelect
          aria-label="Set outcome of selected"
          size="xs"
          disabled={busy}
          data={[{ value: '', label: 'Set outcome…' }, ...outcomes.map((o) => ({ value: o, label: outcomeLabel(o) }))]}
          value=""
          onChange={(e) => {
            const o = e.currentTarget.value as Outcome | '';
            if (o) void run({ kind: 'outcome', outcome: o });
          }}
          w={140}
        />
        <Group gap={4} align="flex-end" wrap="nowrap">
          <TextInput
            aria-label="Tag for selected"
            placeholder="Tag"
            size="xs"
            value={tag}
            onChange={(e) => setTag(e.currentTarget.value)}
            w={100}
          />
          <Button
            size="xs"
            variant="default"
            disabled={busy || tagValue === ''}
            onClick={() => void run({ kind: 'tag', add: [tagValue], remove: [] }).then(() => setTag(''))}
          >
            Add tag
          </Button>
          <Button
            size="xs"
            variant="default"
            disabled={busy || tagValue === ''}
            onClick={() => void run({ kind: 'tag', add: [], remove: [tagValue] }).then(() => setTag(''))}
          >
            Remove tag
          </Button>
        </Group>
        <Button
          size="xs"
          color="red"
          variant="light"
          leftSection={<IconTrash size={14} aria-hidden />}
          disabled={busy}
          onClick={() => setConfirming(true)}
        >
          Delete…
        </Button>
      </Group>
      <ConfirmDialog
        opened={confirming}
        title={`Delete ${what}?`}
        confirmLabel={`Delete ${what}`}
        onConfirm={() => run({ kind: 'delete' })}
        onClose={() => setConfirming(false)}
      >
        <Text size="sm">
          This removes {count === 1 ? 'it' : 'them'} with {count === 1 ? 'its' : 'their'} notes, tasks and history. It
          cannot be undone.
        </Text>
      </ConfirmDialog>
    </Paper>
  );
}
