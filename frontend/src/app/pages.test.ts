import { describe, expect, it } from 'vitest';
import { loadedRows, noRows, pagesOf, pageSize, rowAt, spans, withSpan } from './pages';

const ids = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i);

describe('pages', () => {
  it('finds the pages that hold a range of rows, within the total', () => {
    expect(pagesOf(0, 20, 10000)).toEqual([0]);
    expect(pagesOf(95, 120, 10000)).toEqual([0, 1]);
    expect(pagesOf(-30, 10, 10000)).toEqual([0]);
    expect(pagesOf(9990, 10040, 10000)).toEqual([99]);
    expect(pagesOf(250, 260, 120)).toEqual([1]); // past the end: the last page, never beyond
    expect(pagesOf(0, 50, 0)).toEqual([0]);
  });

  it('groups consecutive pages into one call each', () => {
    expect(spans([0])).toEqual([{ offset: 0, limit: pageSize }]);
    expect(spans([3, 4, 5, 9])).toEqual([
      { offset: 3 * pageSize, limit: 3 * pageSize },
      { offset: 9 * pageSize, limit: pageSize },
    ]);
    expect(spans([])).toEqual([]);
  });

  it('stores a span as pages and reads rows back by index', () => {
    let rows = withSpan(noRows<number>(), { offset: 0, limit: pageSize }, ids(0, pageSize), 250, true);
    expect(rowAt(rows, 0)).toBe(0);
    expect(rowAt(rows, 99)).toBe(99);
    expect(rowAt(rows, 100)).toBeUndefined();
    rows = withSpan(rows, { offset: 100, limit: 200 }, ids(100, 150), 250);
    expect(rowAt(rows, 249)).toBe(249);
    expect(rowAt(rows, 150)).toBe(150);
    expect([...rows.pages.keys()].sort()).toEqual([0, 1, 2]);
    expect(loadedRows(rows)).toBe(250);
  });

  it('drops the pages held before when the answer is fresh', () => {
    let rows = withSpan(noRows<number>(), { offset: 0, limit: 300 }, ids(0, 300), 1000, true);
    rows = withSpan(rows, { offset: 500, limit: 100 }, ids(7000, 100), 1000, true);
    expect(rowAt(rows, 0)).toBeUndefined();
    expect(rowAt(rows, 500)).toBe(7000);
    expect(rows.pages.size).toBe(1);
  });

  it('takes the total of the newest answer (rows added or deleted meanwhile)', () => {
    let rows = withSpan(noRows<number>(), { offset: 0, limit: 100 }, ids(0, 100), 400, true);
    rows = withSpan(rows, { offset: 300, limit: 100 }, ids(300, 50), 350);
    expect(rows.total).toBe(350);
    expect(rowAt(rows, 349)).toBe(349);
  });
});
