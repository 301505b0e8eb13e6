import { describe, expect, it } from 'vitest';
import { allState, clickRow, keepShown, noSelection, toggleAll } from './selection';

const order = [5, 3, 9, 1, 7];
const ids = (s: { ids: ReadonlySet<number> }) => [...s.ids].sort((a, b) => a - b);

describe('selection', () => {
  it('toggles a row and makes it the anchor', () => {
    const s1 = clickRow(noSelection, order, 3, false);
    expect(ids(s1)).toEqual([3]);
    expect(s1.anchor).toBe(3);
    const s2 = clickRow(s1, order, 3, false);
    expect(ids(s2)).toEqual([]);
  });

  it('shift-click selects the range from the anchor in list order, either direction', () => {
    const s = clickRow(clickRow(noSelection, order, 3, false), order, 1, true);
    expect(ids(s)).toEqual([1, 3, 9]);
    expect(s.anchor).toBe(3);
    const up = clickRow(clickRow(noSelection, order, 7, false), order, 3, true);
    expect(ids(up)).toEqual([1, 3, 7, 9]);
  });

  it('shift-click from an unchecked anchor clears the range', () => {
    let s = toggleAll(noSelection, order);
    s = clickRow(s, order, 9, false); // uncheck 9, anchor 9
    s = clickRow(s, order, 7, true);
    expect(ids(s)).toEqual([3, 5]);
  });

  it('shift-click without an anchor toggles one row', () => {
    expect(ids(clickRow(noSelection, order, 9, true))).toEqual([9]);
  });

  it('select all selects every shown row, then clears', () => {
    const s = toggleAll(clickRow(noSelection, order, 5, false), order);
    expect(ids(s)).toEqual([1, 3, 5, 7, 9]);
    expect(allState(s, order.length)).toBe('all');
    expect(ids(toggleAll(s, order))).toEqual([]);
    expect(allState(clickRow(noSelection, order, 5, false), order.length)).toBe('some');
    expect(allState(noSelection, order.length)).toBe('none');
  });

  it('keeps only rows still shown', () => {
    const s = clickRow(clickRow(noSelection, order, 5, false), order, 9, false);
    const kept = keepShown(s, [9, 1]);
    expect(ids(kept)).toEqual([9]);
    expect(kept.anchor).toBe(9);
    expect(keepShown(s, order)).toBe(s);
    expect(keepShown(s, [1]).anchor).toBeNull();
  });
});
