/**
 * The list's columns: which exist, which the user chose to show (remembered
 * in this window's local storage), and which fit the width at hand. Company,
 * job title and stage always show; the others give way in priority order
 * when the window is narrow, so the title keeps its room instead of
 * shrinking to a few characters while dates take hundreds of pixels.
 */
import type { SortField } from '../../api';

/** ColumnKey names a column. */
export type ColumnKey =
  'company' | 'title' | 'stage' | 'outcome' | 'location' | 'salary' | 'signals' | 'applied' | 'days' | 'updated';

/** Column is one column of the list. */
export interface Column {
  key: ColumnKey;
  label: string;
  sort?: SortField;
  /** Width in pixels below which the column is not drawn. */
  min: number;
  /**
   * Share of spare width it takes (0: fixed at min). The short columns take a
   * little, so a wide window shows whole dates and badges, not "Nov 18, 2…".
   */
  grow: number;
  /** Lower gives way first when the list is narrow; Infinity never does. */
  priority: number;
  /** Whether it shows before the user chooses. */
  shown: boolean;
}

/** Every column in display order. */
export const columns: Column[] = [
  { key: 'company', label: 'Company', sort: 'company', min: 130, grow: 1.2, priority: Infinity, shown: true },
  { key: 'title', label: 'Job title', sort: 'title', min: 200, grow: 2, priority: Infinity, shown: true },
  { key: 'stage', label: 'Stage', sort: 'stage', min: 124, grow: 0, priority: Infinity, shown: true },
  { key: 'signals', label: 'Next', min: 150, grow: 1.2, priority: 6, shown: true },
  { key: 'outcome', label: 'Outcome', min: 96, grow: 0.2, priority: 2, shown: true },
  { key: 'location', label: 'Location', min: 110, grow: 0.8, priority: 3, shown: true },
  { key: 'salary', label: 'Salary', min: 124, grow: 0.2, priority: 4, shown: false },
  { key: 'applied', label: 'Applied', sort: 'applied', min: 108, grow: 0.25, priority: 4.4, shown: true },
  { key: 'days', label: 'Days', min: 64, grow: 0, priority: 4.5, shown: true },
  { key: 'updated', label: 'Updated', sort: 'updated', min: 108, grow: 0.25, priority: 1, shown: false },
];

/** Width of the checkbox column. */
export const checkWidth = 40;

/** The user's choice: the keys of the optional columns to show. */
export type ColumnChoice = ColumnKey[];

/** defaultChoice shows the columns marked shown. */
export const defaultChoice: ColumnChoice = columns.filter((c) => c.shown).map((c) => c.key);

const storageKey = 'huntbook.list.columns';

/** loadChoice reads the remembered choice, or the default when none or unreadable. */
export function loadChoice(storage: Pick<Storage, 'getItem'> = globalThis.localStorage): ColumnChoice {
  try {
    const raw: unknown = JSON.parse(storage.getItem(storageKey) ?? 'null');
    if (!Array.isArray(raw)) return defaultChoice;
    const keys = new Set(columns.map((c) => c.key));
    return raw.filter((k): k is ColumnKey => typeof k === 'string' && keys.has(k as ColumnKey));
  } catch {
    return defaultChoice;
  }
}

/** saveChoice remembers the choice (quietly does nothing where storage is refused). */
export function saveChoice(choice: ColumnChoice, storage: Pick<Storage, 'setItem'> = globalThis.localStorage): void {
  try {
    storage.setItem(storageKey, JSON.stringify(choice));
  } catch {
    // private mode or full: the choice lasts this session
  }
}

/**
 * fitColumns is the columns to draw at a width in pixels: the always-shown
 * ones and those chosen, minus the lowest-priority chosen ones until their
 * minimum widths (and the checkbox column) fit. A width of 0 (not measured
 * yet) fits everything chosen.
 */
export function fitColumns(choice: ColumnChoice, width: number): Column[] {
  const chosen = new Set(choice);
  let out = columns.filter((c) => c.priority === Infinity || chosen.has(c.key));
  if (width <= 0) return out;
  const need = (cs: Column[]) => checkWidth + cs.reduce((n, c) => n + c.min, 0);
  while (need(out) > width) {
    const droppable = out.filter((c) => c.priority !== Infinity);
    if (!droppable.length) break;
    const lowest = droppable.reduce((a, b) => (b.priority < a.priority ? b : a));
    out = out.filter((c) => c !== lowest);
  }
  return out;
}

/** flexOf is a column's CSS flex: it never shrinks below its minimum. */
export function flexOf(c: Column): string {
  return `${c.grow} 0 ${c.min}px`;
}
