import { describe, expect, it } from 'vitest';
import { app, testStages } from '../../test/applications';
import { nextLaneLeft } from './keyboard';
import { closedLaneId, lanes, laneId, moveCard, stageOfLane } from './lanes';

const apps = [
  app({ id: 1, company: 'A', stageId: 2, stage: 'Applied' }),
  app({ id: 2, company: 'B', stageId: 2, stage: 'Applied', outcome: 'rejected' }),
  app({ id: 3, company: 'C', stageId: 2, stage: 'Applied' }),
  app({ id: 4, company: 'D', stageId: 3, stage: 'Interviewing', outcome: 'ghosted' }),
  app({ id: 5, company: 'E', stageId: 99, stage: 'Gone' }),
];
const ids = (l: { cards: { id: number }[] }) => l.cards.map((c) => c.id);

describe('lanes', () => {
  const open = apps.filter((a) => a.outcome === 'open');
  const q = { search: 'acme', tag: 'go', sort: 'updated' as const, desc: true };

  it('fade: one lane per stage in order with its open cards; closed ones come from the stage, after them', () => {
    const ls = lanes(testStages, open, 'fade', q);
    expect(ls.map((l) => l.name)).toEqual(['Wishlist', 'Applied', 'Interviewing']);
    expect(ids(ls[1])).toEqual([1, 3]);
    expect(ids(ls[2])).toEqual([]);
    expect(ids(ls[0])).toEqual([5]); // unknown stage: first lane, not lost
    expect(ls[1].closedQuery).toEqual({
      ...q,
      outcomes: ['accepted', 'rejected', 'withdrawn', 'ghosted', 'expired'],
      stageIds: [2],
      limit: 0,
      offset: 0,
    });
  });

  it('lane: closed cards go to a last, separate lane that asks for every closed card', () => {
    const ls = lanes(testStages, open, 'lane', q);
    expect(ls.map((l) => l.id)).toEqual([laneId(1), laneId(2), laneId(3), closedLaneId]);
    expect(ids(ls[1])).toEqual([1, 3]);
    expect(ls.slice(0, 3).every((l) => l.closedQuery === null)).toBe(true);
    expect(ls[3].stageId).toBe(0);
    expect(ls[3].cards).toEqual([]);
    expect(ls[3].closedQuery).toMatchObject({
      search: 'acme',
      tag: 'go',
      outcomes: ['accepted', 'rejected', 'withdrawn', 'ghosted', 'expired'],
    });
    expect(ls[3].closedQuery?.stageIds).toBeUndefined();
  });

  it('names lanes by stage and reads them back', () => {
    expect(stageOfLane(laneId(42))).toBe(42);
    expect(stageOfLane(closedLaneId)).toBe(0);
    expect(stageOfLane(undefined)).toBe(0);
    expect(stageOfLane('stage-x')).toBe(0);
  });

  it('moveCard changes only that card', () => {
    const moved = moveCard(apps, 1, testStages[2].id);
    expect(moved[0]).toMatchObject({ id: 1, stageId: 3 });
    expect(moved[1]).toBe(apps[1]);
  });
});

describe('nextLaneLeft', () => {
  const ls = [
    { left: 240, width: 220 },
    { left: 0, width: 220 },
    { left: 480, width: 220 },
  ];
  it('centres the card in the next lane to the right or left', () => {
    const card = { left: 10, width: 200 }; // in the lane at 0
    expect(nextLaneLeft(ls, card, 1)).toBe(250);
    expect(nextLaneLeft(ls, { left: 250, width: 200 }, 1)).toBe(490);
    expect(nextLaneLeft(ls, { left: 490, width: 200 }, -1)).toBe(250);
  });
  it('stops at either end', () => {
    expect(nextLaneLeft(ls, { left: 490, width: 200 }, 1)).toBeNull();
    expect(nextLaneLeft(ls, { left: 10, width: 200 }, -1)).toBeNull();
    expect(nextLaneLeft([], { left: 10, width: 200 }, 1)).toBeNull();
  });
});
