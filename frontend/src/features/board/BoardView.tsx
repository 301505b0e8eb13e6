import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useSensor,
  useSensors,
  type Active,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  useDndContext,
} from '@dnd-kit/core';
import { Alert, Center, Group, Loader, NativeSelect, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  applications,
  emptyApplication,
  pipeline,
  type Application,
  type Card,
  type JobDraft,
  type ListQuery,
  type Outcome,
} from '../../api';
import { messageOf } from '../../shared/action';
import type { ClosedCards } from '../../api/settings';
import type { settings as S } from '../../api';
import { ApplicationForm, type ReadPosting } from '../../shared/applicationForm/ApplicationForm';
import { applicationsChanged } from '../../app/changes';
import { savePreferences, usePreferences } from '../../app/preferences';
import { queryKeys } from '../../app/queryKeys';
import { errorMessage } from '../../shared/QueryState';
import { today } from '../../shared/format';
import { openApplication } from '../../app/navigation';
import { SignalsProvider } from '../../app/signals';
import { CardFace } from './BoardCard';
import { BoardLane } from './BoardLane';
import { laneCoordinates } from './keyboard';
import { dateAppliedNotice } from '../../shared/moveNotice';
import { lanes as groupLanes, moveCard, stageOfLane } from './lanes';
import classes from './Board.module.css';

const noTags: string[] = [];

/** How long typing in the search box must pause before the board is searched. */
export const searchDelay = 150;

// Pointer first (the lane under the mouse); the keyboard has no pointer, so
// the lane the moved card overlaps.
const collision: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  return hits.length ? hits : rectIntersection(args);
};

const instructions =
  'To move an application, press Space to pick it up, the left and right arrow keys to choose a stage, ' +
  'and Space again to drop it; Escape cancels. Enter opens the application.';

/**
 * BoardView shows applications as cards in a lane per stage. Dragging a card
 * (mouse or keyboard) or its "Move to…" menu moves it, which the backend
 * records in its history; each lane has a quick add; the tag filter and the
 * header's search narrow the cards; closed applications fade or get their own
 * lane (the closedCards preference).
 */
export function BoardView({ search }: { search: string }) {
  const [debouncedSearch] = useDebouncedValue(search.trim(), searchDelay);
  const client = useQueryClient();
  const [tag, setTag] = useState('');
  const [adding, setAdding] = useState<string | null>(null);
  // A job link read in a lane's quick add, shown in the Add dialog to review before saving.
  const [review, setReview] = useState<ReadPosting | null>(null);

  // The closedCards preference; the default (fade) until it is read, and if it cannot be.
  const closedCards: ClosedCards = usePreferences().data?.closedCards ?? 'fade';
  const stagesQuery = useQuery({ queryKey: queryKeys.stages.all, queryFn: () => pipeline.stages() });
  const stages = useMemo(() => stagesQuery.data ?? [], [stagesQuery.data]);
  // Filter suggestions only: a failure leaves the list empty.
  const tags = useQuery({ queryKey: queryKeys.applications.tags, queryFn: () => applications.tags() }).data ?? noTags;

  const query: ListQuery = useMemo(
    () => ({ search: debouncedSearch, tag, sort: 'updated', desc: true }),
    [debouncedSearch, tag],
  );
  const queryRef = useRef(query);
  // The open cards; each lane fetches its closed ones itself. A new search
  // keeps the cards shown until its answer is in.
  const cardsKey = queryKeys.applications.cards(query);
  const cardsQuery = useQuery({
    queryKey: cardsKey,
    queryFn: () => applications.cards({ ...query, outcomes: ['open'] }).then((r) => r.items),
    placeholderData: (previous) => previous,
  });
  const apps = cardsQuery.data ?? null;
  const failed = stagesQuery.error ?? cardsQuery.error;
  const error = failed ? errorMessage(failed) : null;
  const setApps = useCallback(
    (change: (list: Card[]) => Card[]) =>
      client.setQueryData<Card[]>(queryKeys.applications.cards(queryRef.current), (list) => list && change(list)),
    [client],
  );

  const lanes = useMemo(() => groupLanes(stages, apps ?? [], closedCards, query), [stages, apps, closedCards, query]);
  const stageName = useCallback((id: number) => stages.find((s) => s.id === id)?.name ?? 'another stage', [stages]);

  // The callbacks read the current cards through a ref, so they stay the same
  // function and the memoised cards do not re-render on every change.
  const appsRef = useRef(apps);
  useLayoutEffect(() => {
    appsRef.current = apps;
    queryRef.current = query;
  });

  const move = useCallback(
    async (id: number, stageId: number) => {
      if (!stages.some((s) => s.id === stageId)) return;
      // An open card moves at once (undone if the backend refuses); a closed
      // one, which its lane fetched, moves when the lanes reload.
      const before = appsRef.current?.find((a) => a.id === id);
      if (before?.stageId === stageId) return;
      const key = queryKeys.applications.cards(queryRef.current);
      // No answer read before the move may overwrite it.
      if (before) await client.cancelQueries({ queryKey: key });
      if (before) setApps((list) => moveCard(list, id, stageId));
      try {
        const moved = await applications.move(id, stageId);
        applicationsChanged([id]);
        const notice = dateAppliedNotice({
          company: moved.company,
          leftWishlist: before?.stageId === stages[0]?.id && stageId !== stages[0]?.id,
          dateApplied: moved.dateApplied,
          today: today(),
        });
        if (notice) notifications.show({ color: 'teal', ...notice });
      } catch (e) {
        if (before) setApps((list) => moveCard(list, id, before.stageId));
        notifications.show({
          color: 'red',
          title: `Could not move ${before?.company ?? 'the application'}`,
          message: messageOf(e),
        });
      } finally {
        // Settled either way: read the board again from the backend.
        void client.invalidateQueries({ queryKey: key });
      }
    },
    [stages, client, setApps],
  );

  const setOutcome = useCallback(async (id: number, outcome: Outcome) => {
    try {
      await applications.setOutcome(id, outcome);
      applicationsChanged([id]);
    } catch (e) {
      notifications.show({ color: 'red', title: 'Could not change the outcome', message: (e as Error).message });
    }
  }, []);

  const add = useCallback(
    async (stageId: number, company: string, title: string) => {
      const a = await applications.create({ ...emptyApplication(), company, title, stageId });
      notifications.show({
        color: 'teal',
        title: 'Application added',
        message: `${a.company}${a.title ? `, ${a.title}` : ''} in ${stageName(stageId)}`,
      });
      applicationsChanged([a.id]);
    },
    [stageName],
  );

  const openReview = useCallback((stageId: number, drafts: JobDraft[]) => setReview({ drafts, stageId }), []);
  const closeReview = useCallback(() => setReview(null), []);
  const reviewed = useCallback(
    (a: Application) => {
      setReview(null);
      notifications.show({
        color: 'teal',
        title: 'Application added',
        message: `${a.company}${a.title ? `, ${a.title}` : ''} in ${stageName(a.stageId)}`,
      });
      applicationsChanged([a.id]);
    },
    [stageName],
  );

  const changeClosedCards = async (v: ClosedCards) => {
    // Shown at once; savePreferences puts what was stored in the query.
    const was = client.getQueryData<S.Preferences>(queryKeys.settings.preferences);
    if (was) client.setQueryData(queryKeys.settings.preferences, { ...was, closedCards: v });
    try {
      await savePreferences(client, { closedCards: v });
    } catch (e) {
      if (was) client.setQueryData(queryKeys.settings.preferences, was);
      notifications.show({ color: 'red', title: 'Could not save the preference', message: (e as Error).message });
    }
  };

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, {
      coordinateGetter: laneCoordinates,
      keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] },
    }),
  );

  // The card travels with the drag (closed cards are not in apps).
  const appOf = (active: Active) =>
    (active.data.current?.card as Card | undefined) ?? apps?.find((a) => a.id === Number(active.id));
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${appOf(active)?.company ?? 'the application'}.`,
    onDragOver: ({ over }) => (over ? `Over ${stageName(stageOfLane(over.id))}.` : 'Not over a stage.'),
    onDragEnd: ({ active, over }) =>
      over
        ? `Moved ${appOf(active)?.company ?? 'the application'} to ${stageName(stageOfLane(over.id))}.`
        : 'Dropped where it was.',
    onDragCancel: () => 'Move cancelled.',
  };

  const onDragEnd = (e: DragEndEvent) => {
    const stageId = stageOfLane(e.over?.id);
    if (stageId && appOf(e.active)?.stageId !== stageId) void move(Number(e.active.id), stageId);
  };

  const open = apps?.length ?? 0;

  return (
    <Stack gap="sm" h="calc(100dvh - 56px - 2 * var(--mantine-spacing-md))">
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <Group align="flex-end" gap="md">
          <Title order={2} size="h3">
            Board
          </Title>
          {apps && (
            <Text c="dimmed" size="sm" aria-live="polite">
              {open === 1 ? '1 open application' : `${open} open applications`}
              {debouncedSearch ? ` matching “${debouncedSearch}”` : ''}
            </Text>
          )}
        </Group>
        <Group gap="sm" align="flex-end">
          <NativeSelect
            label="Tag"
            aria-label="Filter board by tag"
            size="xs"
            data={[{ value: '', label: 'Any tag' }, ...tags.map((t) => ({ value: t, label: t }))]}
            value={tag}
            onChange={(e) => setTag(e.currentTarget.value)}
            w={140}
          />
          <Stack gap={2}>
            <Text size="xs" fw={500} id="closed-cards-label">
              Closed applications
            </Text>
            <SegmentedControl
              size="xs"
              aria-labelledby="closed-cards-label"
              value={closedCards}
              onChange={(v) => void changeClosedCards(v as ClosedCards)}
              data={[
                { value: 'fade', label: 'Fade' },
                { value: 'lane', label: 'Own lane' },
              ]}
            />
          </Stack>
        </Group>
      </Group>

      {error && (
        <Alert color="red" icon={<IconAlertCircle aria-hidden />} title="Could not load the board" role="alert">
          {error}
        </Alert>
      )}

      {apps === null && !error ? (
        <Center py="xl">
          <Loader aria-label="Loading the board" />
        </Center>
      ) : (
        <SignalsProvider>
          <DndContext
            sensors={sensors}
            collisionDetection={collision}
            onDragEnd={onDragEnd}
            accessibility={{ announcements, screenReaderInstructions: { draggable: instructions } }}
          >
            <div className={classes.lanes} style={{ flex: 1, minHeight: 0 }} role="region" aria-label="Board">
              {lanes.map((l) => (
                <BoardLane
                  key={l.id}
                  lane={l}
                  stages={stages}
                  adding={adding === l.id}
                  onAdding={setAdding}
                  onAdd={add}
                  onReview={openReview}
                  onOpen={openApplication}
                  onMove={move}
                  onOutcome={setOutcome}
                />
              ))}
            </div>
            <DragPreview stageName={closedCards === 'lane' ? stageName : undefined} />
          </DndContext>
        </SignalsProvider>
      )}
      <ApplicationForm
        opened={review !== null}
        onClose={closeReview}
        onSaved={reviewed}
        stages={stages}
        knownTags={tags}
        readFirst={review}
      />
    </Stack>
  );
}

/**
 * DragPreview is the card under the pointer while one is dragged. It reads
 * the dragged card from dnd-kit itself, so picking a card up re-renders only
 * this, not the whole board with its header controls. stageName names a
 * closed card's stage (the closed lane).
 */
function DragPreview({ stageName }: { stageName?: (id: number) => string }) {
  const { active } = useDndContext();
  const card = active?.data.current?.card as Card | undefined;
  return (
    <DragOverlay dropAnimation={null}>
      {card ? (
        <div className={classes.overlay} aria-hidden>
          <CardFace a={card} stage={stageName && card.outcome !== 'open' ? stageName(card.stageId) : undefined} />
        </div>
      ) : null}
    </DragOverlay>
  );
}
