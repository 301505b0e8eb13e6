/**
 * How the board groups applications into columns: one lane per stage, in
 * pipeline order, and (when the user chose "lane") one more lane for closed
 * applications (any outcome but open). Pure, so it is tested without a DOM.
 */
import type { Application, Stage } from '../../api';
import type { ClosedCards } from '../../api/settings';

/** Id of the lane that holds closed applications when closedCards is "lane". */
export const closedLaneId = 'closed';

/** One column of the board. */
export interface Lane {
  /** "stage-<id>" for a stage, "closed" for the closed lane. */
  id: string;
  /** The stage's id, 0 for the closed lane. */
  stageId: number;
  name: string;
  cards: Application[];
  /** Cards whose outcome is still open. */
  open: number;
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
 * lanes groups apps (already in display order) by stage. With "fade" closed
 * cards stay in their stage's lane after the open ones; with "lane" they go
 * to a last lane named "Closed". Applications whose stage is unknown are
 * shown in the first lane rather than lost.
 */
export function lanes(stages: Stage[], apps: Application[], closedCards: ClosedCards): Lane[] {
  const out: Lane[] = stages.map((s) => ({ id: laneId(s.id), stageId: s.id, name: s.name, cards: [], open: 0 }));
  const byStage = new Map(out.map((l) => [l.stageId, l]));
  const closed: Lane = { id: closedLaneId, stageId: 0, name: 'Closed', cards: [], open: 0 };
  const faded = new Map<Lane, Application[]>();
  for (const a of apps) {
    const isOpen = a.outcome === 'open';
    if (!isOpen && closedCards === 'lane') {
      closed.cards.push(a);
      continue;
    }
    const lane = byStage.get(a.stageId) ?? out[0];
    if (!lane) continue;
    if (isOpen) {
      lane.cards.push(a);
      lane.open++;
    } else {
      const list = faded.get(lane) ?? [];
      list.push(a);
      faded.set(lane, list);
    }
  }
  for (const [lane, list] of faded) lane.cards.push(...list);
  if (closedCards === 'lane') out.push(closed);
  return out;
}

/** moveCard returns apps with one application put in another stage (for an optimistic update). */
export function moveCard(apps: Application[], id: number, stage: Stage): Application[] {
  return apps.map((a) => (a.id === id ? { ...a, stageId: stage.id, stage: stage.name } : a));
}
