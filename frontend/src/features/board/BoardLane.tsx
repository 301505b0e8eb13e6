import { memo, useCallback, useEffect, useMemo, useRef } from 'react';
import { queryKeys } from '../../app/queryKeys';
import { useDroppable } from '@dnd-kit/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { ActionIcon, Badge, Group, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { applications, type Card, type JobDraft, type Outcome, type Stage } from '../../api';
import { rowAt, type Span } from '../../app/pages';
import { usePagedRows } from '../../app/usePagedRows';
import { BoardCard, cardSlot } from './BoardCard';
import type { Lane } from './lanes';
import { QuickAdd } from './QuickAdd';
import classes from './Board.module.css';

/** A card whose page is still on its way: a list item (the lane is a list) that says it is loading. */
function PendingCard({ top }: { top: number }) {
  return (
    <div role="listitem" aria-busy>
      <div className={classes.card} style={{ transform: `translateY(${top}px)`, height: cardSlot - 8 }}>
        <span className="mantine-visually-hidden">Loading</span>
      </div>
    </div>
  );
}

interface Props {
  lane: Lane;
  stages: Stage[];
  adding: boolean;
  onAdding: (laneId: string | null) => void;
  onAdd: (stageId: number, company: string, title: string) => Promise<void>;
  /** A job link read in the quick add, to review in the Add dialog in this stage. */
  onReview: (stageId: number, drafts: JobDraft[]) => void;
  onOpen: (id: number) => void;
  onMove: (id: number, stageId: number) => Promise<void>;
  onOutcome: (id: number, outcome: Outcome) => Promise<void>;
}

/**
 * BoardLane is one column: its name and count, a quick-add form, and its
 * cards in a virtualised list (only the cards in view are in the page, so a
 * lane of 1,000 applications paints as fast as one of 10). Its open cards
 * come from the board; its closed cards (faded after them, or all of the
 * closed lane) are fetched here a page at a time as the lane scrolls to them.
 * It is a drop target for cards unless it is the closed lane.
 */
export const BoardLane = memo(function BoardLane({
  lane,
  stages,
  adding,
  onAdding,
  onAdd,
  onReview,
  onOpen,
  onMove,
  onOutcome,
}: Props) {
  const isStage = lane.stageId !== 0;
  const { setNodeRef, isOver } = useDroppable({ id: lane.id, disabled: !isStage });
  const scrollRef = useRef<HTMLDivElement>(null);

  // Its closed cards are keyed pages (applications.closed): a change to the
  // applications invalidates them (app/invalidation) and the lane reads again the ones in view.
  const closedQuery = lane.closedQuery;
  const closedKey = useMemo(() => (closedQuery ? queryKeys.applications.closed(closedQuery) : null), [closedQuery]);
  const fetchClosed = useCallback(
    (s: Span) => applications.cards({ ...closedQuery, limit: s.limit, offset: s.offset }),
    [closedQuery],
  );
  const closed = usePagedRows<Card>(closedKey, fetchClosed);
  const closedRows = closed.rows;
  const open = lane.cards.length;
  const closedHere = closedRows?.total ?? 0;
  const cardAt = useCallback(
    (i: number): Card | undefined => (i < open ? lane.cards[i] : closedRows ? rowAt(closedRows, i - open) : undefined),
    [lane.cards, open, closedRows],
  );

  const virtualizer = useVirtualizer({
    count: open + closedHere,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => cardSlot,
    overscan: 4,
    // Keys by index: a getItemKey that changed with every page of closed
    // cards would rebuild the measurements of the whole lane.
    initialRect: { width: 260, height: 600 },
  });
  const shown = virtualizer.getVirtualItems();
  const first = shown.length ? shown[0].index : 0;
  const last = shown.length ? shown[shown.length - 1].index : 0;
  const showClosed = closed.show;
  useEffect(() => {
    if (last >= open) showClosed(Math.max(0, first - open), last - open);
  }, [first, last, open, closedRows, showClosed]);

  const names = useMemo(() => new Map(stages.map((s) => [s.id, s.name])), [stages]);
  const headingId = `lane-${lane.id}-name`;
  const count = isStage ? open : closedHere;

  return (
    <section
      ref={setNodeRef}
      className={classes.lane}
      data-over={isOver || undefined}
      data-lane={lane.id}
      aria-labelledby={headingId}
    >
      <div className={classes.laneHead}>
        <div className={classes.laneTitle}>
          <Group gap={6} wrap="nowrap" miw={0}>
            <Title order={3} size="sm" id={headingId} lineClamp={1} title={lane.name}>
              {lane.name}
            </Title>
            <Badge
              size="sm"
              variant="light"
              color="gray"
              style={{ flexShrink: 0, overflow: 'visible' }}
              aria-label={`${count} ${isStage ? 'open' : 'closed'}`}
            >
              {count}
            </Badge>
          </Group>
          {isStage && closedHere > 0 && (
            <Text size="xs" c="dimmed" lh={1.2}>
              +{closedHere} closed
            </Text>
          )}
        </div>
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
        <QuickAdd
          stage={lane.name}
          onAdd={(c, t) => onAdd(lane.stageId, c, t)}
          onReview={(d) => onReview(lane.stageId, d)}
          onClose={() => onAdding(null)}
        />
      )}
      <div ref={scrollRef} className={classes.laneScroll}>
        {closed.error && (
          <Text size="xs" c="red" role="alert" pb={4}>
            Could not load the closed applications: {closed.error.message}
          </Text>
        )}
        {open + closedHere === 0 ? (
          <Text size="xs" c="dimmed" ta="center" py="md">
            {isStage ? 'Drop an application here' : 'No closed applications'}
          </Text>
        ) : (
          <div
            style={{ position: 'relative', height: virtualizer.getTotalSize() }}
            role="list"
            aria-label={`${lane.name} applications`}
          >
            {shown.map((v) => {
              const a = cardAt(v.index);
              if (!a) return <PendingCard key={`pending-${v.index}`} top={v.start} />;
              return (
                <div role="listitem" key={a.id}>
                  <BoardCard
                    a={a}
                    stages={stages}
                    top={v.start}
                    faded={isStage && a.outcome !== 'open'}
                    stage={isStage ? undefined : (names.get(a.stageId) ?? '')}
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
