import { describe, expect, it } from 'vitest';
import { columns, defaultChoice, fitColumns, loadChoice, saveChoice, type ColumnKey } from './columns';

const keys = (w: number, choice = defaultChoice) => fitColumns(choice, w).map((c) => c.key);
const min = (k: ColumnKey) => columns.find((c) => c.key === k)?.min ?? 0;

describe('fitColumns', () => {
  it('shows every chosen column when there is room', () => {
    expect(keys(1700)).toEqual(['company', 'title', 'stage', 'signals', 'outcome', 'location', 'applied', 'days']);
    expect(keys(0)).toEqual(keys(5000));
  });

  it('at the minimum window (about 760 px of list) drops the least useful columns first, never the title', () => {
    const fit = keys(760);
    expect(fit).toEqual(expect.arrayContaining(['company', 'title', 'stage']));
    expect(fit).not.toContain('outcome'); // priority 2: goes first among the chosen
    const width = 40 + fit.reduce((n, k) => n + min(k), 0);
    expect(width).toBeLessThanOrEqual(760);
    expect(min('title')).toBeGreaterThanOrEqual(200); // about 25 characters, not 8
  });

  it('keeps company, title and stage even when nothing fits', () => {
    expect(keys(100)).toEqual(['company', 'title', 'stage']);
  });

  it('adds an optional column the user chose, such as salary', () => {
    expect(keys(2400, [...defaultChoice, 'salary'])).toContain('salary');
    expect(keys(2400, ['salary'])).toEqual(['company', 'title', 'stage', 'salary']);
  });
});

describe('the remembered choice', () => {
  it('saves and loads, ignoring unknown keys and bad JSON', () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => store.set(k, v),
    };
    expect(loadChoice(storage)).toEqual(defaultChoice);
    saveChoice(['salary', 'updated'], storage);
    expect(loadChoice(storage)).toEqual(['salary', 'updated']);
    store.set('huntbook.list.columns', '["salary","bogus"]');
    expect(loadChoice(storage)).toEqual(['salary']);
    store.set('huntbook.list.columns', '{not json');
    expect(loadChoice(storage)).toEqual(defaultChoice);
  });
});
