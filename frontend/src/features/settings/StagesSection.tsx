import { useEffect, useEffectEvent, useState } from 'react';
import { ActionIcon, Button, Group, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { notifications } from '@mantine/notifications';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { pipeline, type Stage } from '../../api';
import { applicationsChanged } from '../../app/changes';
import { queryKeys } from '../../app/queryKeys';
import { ConfirmDialog } from '../../shared/ConfirmDialog';
import { ActionError, errorMessage, QueryState } from '../../shared/QueryState';

/** moved returns ids with the item at index i swapped with its neighbour in direction dir (-1 up, +1 down). */
export function moved(ids: number[], i: number, dir: -1 | 1): number[] {
  const j = i + dir;
  if (i < 0 || i >= ids.length || j < 0 || j >= ids.length) return ids;
  const out = [...ids];
  [out[i], out[j]] = [out[j], out[i]];
  return out;
}

function StageRow({
  stage,
  index,
  count,
  onRename,
  onMove,
  onRemove,
}: {
  stage: Stage;
  index: number;
  count: number;
  onRename: (name: string) => Promise<string | null>;
  onMove: (dir: -1 | 1) => void;
  onRemove: () => void;
}) {
  const [name, setName] = useState(stage.name);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setName(stage.name), [stage.name]);

  const commit = async () => {
    const next = name.trim();
    if (next === stage.name) return;
    if (next === '') {
      setError('A stage needs a name');
      return;
    }
    setError(await onRename(next));
  };

  return (
    <Group gap="xs" wrap="nowrap" align="flex-start" data-stage-id={stage.id}>
      <TextInput
        aria-label={`Stage ${index + 1} name`}
        value={name}
        onChange={(e) => {
          setName(e.currentTarget.value);
          setError(null);
        }}
        onBlur={() => void commit()}
        onKeyDown={(e) => {
          if (e.key === 'Enter') void commit();
          if (e.key === 'Escape') {
            setName(stage.name);
            setError(null);
          }
        }}
        error={error}
        style={{ flex: 1 }}
        maxLength={60}
      />
      <ActionIcon
        variant="default"
        size="lg"
        aria-label={`Move ${stage.name} up`}
        disabled={index === 0}
        onClick={() => onMove(-1)}
      >
        <IconArrowUp size={16} aria-hidden />
      </ActionIcon>
      <ActionIcon
        variant="default"
        size="lg"
        aria-label={`Move ${stage.name} down`}
        disabled={index === count - 1}
        onClick={() => onMove(1)}
      >
        <IconArrowDown size={16} aria-hidden />
      </ActionIcon>
      <ActionIcon
        variant="default"
        color="red"
        size="lg"
        aria-label={`Remove ${stage.name}`}
        disabled={count < 2}
        onClick={onRemove}
      >
        <IconTrash size={16} aria-hidden />
      </ActionIcon>
    </Group>
  );
}

function RemoveStageDialog({
  stage,
  stages,
  onClose,
  onRemoved,
}: {
  stage: Stage | null;
  stages: Stage[];
  onClose: () => void;
  onRemoved: (s: Stage) => void;
}) {
  const others = stages.filter((s) => s.id !== stage?.id);
  const [target, setTarget] = useState('');
  // Reset when another stage is to be removed; the other stages are read, not watched.
  const reset = useEffectEvent(() => setTarget(others[0] ? String(others[0].id) : ''));
  useEffect(() => reset(), [stage?.id]);

  return (
    <ConfirmDialog
      opened={stage !== null}
      title={`Remove the stage “${stage?.name ?? ''}”`}
      confirmLabel="Remove stage"
      onClose={onClose}
      onConfirm={async () => {
        if (!stage) return;
        await pipeline.removeStage(stage.id, Number(target));
        onRemoved(stage);
      }}
    >
      <Text size="sm">Its applications move to another stage; their history keeps the old name.</Text>
      <NativeSelect
        label="Move its applications to"
        data={others.map((s) => ({ value: String(s.id), label: s.name }))}
        value={target}
        onChange={(e) => setTarget(e.currentTarget.value)}
      />
    </ConfirmDialog>
  );
}

/** StagesSection renames, reorders, adds and removes the pipeline's stages. */
export function StagesSection() {
  const client = useQueryClient();
  const stages = useQuery({ queryKey: queryKeys.stages.all, queryFn: () => pipeline.stages() });
  const [newName, setNewName] = useState('');
  const [addError, setAddError] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Stage | null>(null);
  const list = stages.data ?? [];

  // Every change to the stages changes the board's columns and the applications' stage names.
  const changed = (next?: Stage[]) => {
    if (next) client.setQueryData(queryKeys.stages.all, next);
    applicationsChanged([]);
  };

  const rename = async (s: Stage, name: string): Promise<string | null> => {
    try {
      await pipeline.renameStage(s.id, name);
      changed();
      return null;
    } catch (e) {
      return errorMessage(e);
    }
  };

  const reorder = useMutation({
    mutationFn: ({ i, dir }: { i: number; dir: -1 | 1 }) =>
      pipeline.reorderStages(
        moved(
          list.map((s) => s.id),
          i,
          dir,
        ),
      ),
    onSuccess: (next) => changed(next),
  });

  const add = async () => {
    const name = newName.trim();
    if (!name) {
      setAddError('Type a name for the new stage');
      return;
    }
    try {
      await pipeline.addStage(name);
      setNewName('');
      setAddError(null);
      changed();
    } catch (e) {
      setAddError(errorMessage(e));
    }
  };

  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Title order={3} size="h4">
          Stages
        </Title>
        <Text size="sm" c="dimmed">
          The columns of your board, in order. The first is your wishlist: applications move past it once sent.
        </Text>
        <ActionError error={reorder.error} onDismiss={() => reorder.reset()} title="Stages" />
        <QueryState of={stages} loading="Loading stages" errorTitle="Could not read the stages">
          {() => (
            <Stack gap="xs" role="list" aria-label="Stages">
              {list.map((s, i) => (
                <div role="listitem" key={s.id}>
                  <StageRow
                    stage={s}
                    index={i}
                    count={list.length}
                    onRename={(name) => rename(s, name)}
                    onMove={(dir) => reorder.mutate({ i, dir })}
                    onRemove={() => setRemoving(s)}
                  />
                </div>
              ))}
            </Stack>
          )}
        </QueryState>
        <Group gap="xs" align="flex-start" wrap="nowrap">
          <TextInput
            label="New stage"
            placeholder="e.g. Take-home task"
            value={newName}
            onChange={(e) => {
              setNewName(e.currentTarget.value);
              setAddError(null);
            }}
            onKeyDown={(e) => e.key === 'Enter' && void add()}
            error={addError}
            style={{ flex: 1 }}
            maxLength={60}
          />
          <Button mt={25} leftSection={<IconPlus size={16} aria-hidden />} onClick={() => void add()}>
            Add stage
          </Button>
        </Group>
      </Stack>
      <RemoveStageDialog
        stage={removing}
        stages={list}
        onClose={() => setRemoving(null)}
        onRemoved={(s) => {
          notifications.show({ color: 'teal', title: 'Stage removed', message: s.name });
          changed();
        }}
      />
    </Paper>
  );
}
