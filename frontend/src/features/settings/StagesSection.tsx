import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import {
  ActionIcon,
  Alert,
  Button,
  Group,
  Modal,
  NativeSelect,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { pipeline, type Stage } from '../../api';
import { messageOf } from '../detail/action';
import { applicationsChanged } from '../../app/changes';

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

function RemoveStageModal({
  stage,
  stages,
  onClose,
  onRemoved,
}: {
  stage: Stage | null;
  stages: Stage[];
  onClose: () => void;
  onRemoved: () => void;
}) {
  const others = stages.filter((s) => s.id !== stage?.id);
  const [target, setTarget] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Reset when another stage is to be removed; the other stages are read, not watched.
  const reset = useEffectEvent(() => {
    setTarget(others[0] ? String(others[0].id) : '');
    setError(null);
  });
  useEffect(() => reset(), [stage?.id]);

  const remove = async () => {
    if (!stage) return;
    setBusy(true);
    try {
      await pipeline.removeStage(stage.id, Number(target));
      onRemoved();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={stage !== null} onClose={onClose} title={`Remove the stage “${stage?.name ?? ''}”`}>
      <Stack>
        <Text size="sm">Its applications move to another stage; their history keeps the old name.</Text>
        <NativeSelect
          label="Move its applications to"
          data={others.map((s) => ({ value: String(s.id), label: s.name }))}
          value={target}
          onChange={(e) => setTarget(e.currentTarget.value)}
        />
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button color="red" onClick={() => void remove()} loading={busy} disabled={!target}>
            Remove stage
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** StagesSection renames, reorders, adds and removes the pipeline's stages. */
export function StagesSection() {
  const [stages, setStages] = useState<Stage[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [newName, setNewName] = useState('');
  const [addError, setAddError] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Stage | null>(null);

  const load = useCallback(() => {
    pipeline
      .stages()
      .then((s) => {
        setStages(s);
        setError(null);
      })
      .catch((e: unknown) => setError(messageOf(e)));
  }, []);
  useEffect(load, [load]);

  const rename = async (s: Stage, name: string): Promise<string | null> => {
    try {
      const saved = await pipeline.renameStage(s.id, name);
      setStages((all) => all.map((x) => (x.id === s.id ? { ...x, name: saved.name } : x)));
      applicationsChanged([]);
      return null;
    } catch (e) {
      return (e as Error).message;
    }
  };

  const move = async (i: number, dir: -1 | 1) => {
    try {
      setStages(
        await pipeline.reorderStages(
          moved(
            stages.map((s) => s.id),
            i,
            dir,
          ),
        ),
      );
      setError(null);
      applicationsChanged([]);
    } catch (e) {
      setError((e as Error).message);
    }
  };

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
      load();
      applicationsChanged([]);
    } catch (e) {
      setAddError((e as Error).message);
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
        {error && (
          <Alert color="red" role="alert" title="Stages">
            {error}
          </Alert>
        )}
        <Stack gap="xs" role="list" aria-label="Stages">
          {stages.map((s, i) => (
            <div role="listitem" key={s.id}>
              <StageRow
                stage={s}
                index={i}
                count={stages.length}
                onRename={(name) => rename(s, name)}
                onMove={(dir) => void move(i, dir)}
                onRemove={() => setRemoving(s)}
              />
            </div>
          ))}
        </Stack>
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
      <RemoveStageModal
        stage={removing}
        stages={stages}
        onClose={() => setRemoving(null)}
        onRemoved={() => {
          notifications.show({ color: 'teal', title: 'Stage removed', message: removing?.name ?? '' });
          setRemoving(null);
          load();
          applicationsChanged([]);
        }}
      />
    </Paper>
  );
}
