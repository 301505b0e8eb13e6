/**
 * How the board groups applications into columns: one lane per stage, in
 * pipeline order, and (when the user chose "lane") one more lane for closed
 * applications (any outcome but open). Open cards come all at once; closed
 * ones, usually the many, are fetched by each lane page by page as it
 * scrolls (closedQuery says which). Pure, so it is tested without a DOM.
 */
import { outcomes, type Card, type ListQuery, type Stage } from '../../api';
import type { ClosedCards } from '../../api/settings';

/** Id of the lane that holds closed applications when closedCards is "lane". */
export const closedLaneId = 'closed';

/** Every outcome but open. */
export const closedOutcomes = outcomes.filter((o) => o !== 'open');

/** One column of the board. */
export interface Lane {
  /** "stage-<id>" for a stage, "closed" for the closed lane. */
  id: string;
  /** The stage's id, 0 for the closed lane. */
  stageId: number;
  name: string;
  /** The lane's open cards, in display order. */
  cards: Card[];
  /** The query for the closed cards shown after them (faded), or null when the lane shows none. */
  closedQuery: ListQuery | null;
}

/** laneId is the droppable id of a stage's lane. */
export function laneId(stageId: number): string {
  return `stage-${stageId}`;
}

/** stageOfLane returns the stage id a lane id names, or 0 (closed lane or unknown). */
export function stageOfLane(id: string | number | null | undefined): number {
  const m = /^stage-(\d+)$/.exec(String(id ?? ''));
  return m ? Number(m[1]) : 0;
}

/**
 * lanes groups open cards (already in display order) by stage and says
 * where each lane's closed cards come from: q narrowed to closed outcomes and
 * the lane's stage with "fade", or a last lane named "Closed" with every
 * closed card with "lane". Open cards whose stage is unknown are shown in the
 * first lane rather than lost.
 */
export function lanes(stages: Stage[], open: readonly Card[], closedCards: ClosedCards, q: ListQuery): Lane[] {
  const closed = { ...q, outcomes: closedOutcomes, limit: 0, offset: 0 };
  const out: Lane[] = stages.map((s) => ({
    id: laneId(s.id),
    stageId: s.id,
    name: s.name,
    cards: [],
    closedQuery: closedCards === 'fade' ? { ...closed, stageIds: [s.id] } : null,
  }));
  const byStage = new Map(out.map((l) => [l.stageId, l]));
  for (const c of open) {
    const lane = byStage.get(c.stageId) ?? out.at(0);
    if (lane) lane.cards.push(c);
  }
  if (closedCards === 'lane')
    out.push({ id: closedLaneId, stageId: 0, name: 'Closed', cards: [], closedQuery: closed });
  return out;
}

/** moveCard returns cards with one application put in another stage (for an optimistic update). */
export function moveCard(cards: readonly Card[], id: number, stageId: number): Card[] {
  return cards.map((c) => (c.id === id ? { ...c, stageId } : c));
}
