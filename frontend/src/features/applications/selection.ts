/**
 * Multi-select for the application list: a set of ids plus the anchor row a
 * shift-click extends from. Pure functions, so the rules are unit-tested
 * without rendering 10,000 rows.
 */

/** Selection is the chosen ids and the id last clicked without shift (the range anchor). */
export interface Selection {
  ids: ReadonlySet<number>;
  anchor: number | null;
}

/** noSelection selects nothing. */
export const noSelection: Selection = { ids: new Set(), anchor: null };

/**
 * clickRow applies a checkbox click on the row with this id. Without shift it
 * toggles the row and makes it the anchor; with shift it sets every row from
 * the anchor to this one (in the list's current order) to the anchor's state,
 * like a file manager. order is the ids as the list shows them.
 */
export function clickRow(sel: Selection, order: readonly number[], id: number, shift: boolean): Selection {
  const ids = new Set(sel.ids);
  const from = sel.anchor === null ? -1 : order.indexOf(sel.anchor);
  const to = order.indexOf(id);
  if (!shift || from < 0 || to < 0) {
    if (ids.has(id)) ids.delete(id);
    else ids.add(id);
    return { ids, anchor: id };
  }
  const select = sel.ids.has(sel.anchor as number);
  const [lo, hi] = from < to ? [from, to] : [to, from];
  for (let i = lo; i <= hi; i++) {
    if (select) ids.add(order[i]);
    else ids.delete(order[i]);
  }
  return { ids, anchor: sel.anchor };
}

/** toggleAll selects every row shown, or clears the selection when all are already selected. */
export function toggleAll(sel: Selection, order: readonly number[]): Selection {
  if (order.length > 0 && order.every((id) => sel.ids.has(id))) return noSelection;
  return { ids: new Set(order), anchor: null };
}

/** keepShown drops selected ids that are no longer in the list (after a filter or a delete). */
export function keepShown(sel: Selection, order: readonly number[]): Selection {
  if (sel.ids.size === 0) return sel;
  const shown = new Set(order);
  let changed = false;
  const ids = new Set<number>();
  for (const id of sel.ids) {
    if (shown.has(id)) ids.add(id);
    else changed = true;
  }
  if (!changed) return sel;
  return { ids, anchor: sel.anchor !== null && shown.has(sel.anchor) ? sel.anchor : null };
}

/** allState says whether the "select all" box is checked, partly checked or empty. */
export function allState(sel: Selection, total: number): 'all' | 'some' | 'none' {
  if (sel.ids.size === 0 || total === 0) return 'none';
  return sel.ids.size >= total ? 'all' : 'some';
}
