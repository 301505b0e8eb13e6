import { memo, useRef, useState, type FormEvent } from 'react';
import { useDroppable } from '@dnd-kit/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { ActionIcon, Badge, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { isApiError, type Outcome, type Stage } from '../../api';
import { BoardCard, cardSlot } from './BoardCard';
import type { Lane } from './lanes';
import classes from './Board.module.css';

/** QuickAdd is the lane's two-field form: company and job title, added in the lane's stage. */
function QuickAdd({
  stage,
  onAdd,
  onClose,
}: {
  stage: string;
  onAdd: (company: string, title: string) => Promise<void>;
  onClose: () => void;
}) {
  const [company, setCompany] = useState('');
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (company.trim() === '') {
      setErrors({ company: 'Company is required' });
      return;
    }
    setBusy(true);
    try {
      await onAdd(company.trim(), title.trim());
      onClose();
    } catch (err) {
      const field = isApiError(err) && err.field ? err.field : 'form';
      setErrors({ [field]: (err as Error).message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} aria-label={`Add an application to ${stage}`} onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <Stack gap={6} px={8} pb={8}>
        <TextInput
          label="Company"
          size="xs"
          data-autofocus
          autoFocus
          value={company}
          onChange={(e) => setCompany(e.currentTarget.value)}
          error={errors.company}
        />
        <TextInput label="Job title" size="xs" value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={errors.title} />
        {errors.form && (
          <Text c="red" size="xs" role="alert">
            {errors.form}
          </Text>
        )}
        <Group gap={6} justify="flex-end">
          <Button size="xs" variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button size="xs" type="submit" loading={busy}>
            Add
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

interface Props {
  lane: Lane;
  stages: Stage[];
  faded: boolean;
  adding: boolean;
  onAdding: (laneId: string | null) => void;
  onAdd: (stageId: number, company: string, title: string) => Promise<void>;
  onOpen: (id: number) => void;
  onMove: (id: number, stageId: number) => void;
  onOutcome: (id: number, outcome: Outcome) => void;
}

/**
 * BoardLane is one column: its name and count, a quick-add form, and its
 * cards in a virtualised list (only the cards in view are in the page, so a
 * lane of 1,000 applications paints as fast as one of 10). It is a drop target
 * for cards unless it is the closed lane.
 */
export const BoardLane = memo(function BoardLane({ lane, stages, faded, adding, onAdding, onAdd, onOpen, onMove, onOutcome }: Props) {
  const isStage = lane.stageId !== 0;
  const { setNodeRef, isOver } = useDroppable({ id: lane.id, disabled: !isStage });
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: lane.cards.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => cardSlot,
    overscan: 4,
    getItemKey: (i) => lane.cards[i].id,
    initialRect: { width: 260, height: 600 },
  });
  const headingId = `lane-${lane.id}-name`;
  const count = isStage ? lane.open : lane.cards.length;
  const closedHere = lane.cards.length - lane.open;

  return (
    <section ref={setNodeRef} className={classes.lane} data-over={isOver || undefined} data-lane={lane.id} aria-labelledby={headingId}>
      <div className={classes.laneHead}>
        <Group gap={6} wrap="nowrap" miw={0}>
          <Title order={3} size="sm" id={headingId} lineClamp={1}>
            {lane.name}
          </Title>
          <Badge size="sm" variant="light" color="gray" aria-label={`${count} ${isStage ? 'open' : 'closed'}`}>
            {count}
          </Badge>
          {isStage && closedHere > 0 && (
            <Text size="xs" c="dimmed">
              +{closedHere} closed
            </Text>
          )}
        </Group>
        {isStage && (
          <ActionIcon
            variant="subtle"
            size="sm"
            aria-label={`Add to ${lane.name}`}
            aria-expanded={adding}
            onClick={() => onAdding(adding ? null : lane.id)}
          >
            <IconPlus size={16} aria-hidden />
          </ActionIcon>
        )}
      </div>
      {adding && (
        <QuickAdd stage={lane.name} onAdd={(c, t) => onAdd(lane.stageId, c, t)} onClose={() => onAdding(null)} />
      )}
      <div ref={scrollRef} className={classes.laneScroll}>
        {lane.cards.length === 0 ? (
          <Text size="xs" c="dimmed" ta="center" py="md">
            {isStage ? 'Drop an application here' : 'No closed applications'}
          </Text>
        ) : (
          <div style={{ position: 'relative', height: virtualizer.getTotalSize() }} role="list" aria-label={`${lane.name} applications`}>
            {virtualizer.getVirtualItems().map((v) => {
              const a = lane.cards[v.index];
              return (
                <div role="listitem" key={a.id}>
                  <BoardCard
                    a={a}
                    stages={stages}
                    top={v.start}
                    faded={faded && a.outcome !== 'open'}
                    showStage={!isStage}
                    onOpen={onOpen}
                    onMove={onMove}
                    onOutcome={onOutcome}
                  />
                </div>
              );
            })}
          </div>
        )}
      </div>
    </section>
  );
});
