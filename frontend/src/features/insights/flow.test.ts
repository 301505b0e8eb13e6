import { describe, expect, it } from 'vitest';
import { percent, sankeyData } from './flow';

describe('sankeyData', () => {
  it('keeps forward links only, drops unused nodes and renumbers', () => {
    const flow = {
      nodes: ['Wishlist', 'Applied', 'Screening', 'Offer', 'accepted', 'rejected', 'ghosted'],
      links: [
        { source: 0, target: 1, value: 4 },
        { source: 1, target: 2, value: 2 },
        { source: 2, target: 1, value: 1 }, // moved back: a cycle
        { source: 1, target: 5, value: 1 },
        { source: 2, target: 2, value: 3 }, // self link
        { source: 2, target: 9, value: 1 }, // out of range
      ],
    };
    const s = sankeyData(flow);
    expect(s.nodes.map((n) => n.name)).toEqual(['Wishlist', 'Applied', 'Screening', 'Rejected']);
    expect(s.links).toEqual([
      { source: 0, target: 1, value: 4 },
      { source: 1, target: 2, value: 2 },
      { source: 1, target: 3, value: 1 },
    ]);
  });
});

describe('formatting', () => {
  it('formats rates', () => {
    expect(percent(0.375)).toBe('38%');
  });
});
