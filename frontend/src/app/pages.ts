/**
 * The list's rows in pages: the table knows how many rows match, but holds
 * only the pages the user has scrolled near, each fetched by one bound call.
 * Pure functions over an immutable value, so the rules are unit-tested
 * without a backend or a DOM.
 */

/** How many rows one page holds: about three screens of rows. */
export const pageSize = 100;

/** Rows is what the list has loaded: how many match in all and the pages fetched so far. */
export interface Rows<T> {
  total: number;
  pages: ReadonlyMap<number, readonly T[]>;
}

/** noRows is an empty list before anything is loaded. */
export function noRows<T>(): Rows<T> {
  return { total: 0, pages: new Map() };
}

/** rowAt returns the row at index i, or undefined when its page is not loaded. */
export function rowAt<T>(rows: Rows<T>, i: number): T | undefined {
  return rows.pages.get(Math.floor(i / pageSize))?.[i % pageSize];
}

/** pagesOf returns the page numbers that hold rows first..last (inclusive), within total. */
export function pagesOf(first: number, last: number, total: number): number[] {
  if (total <= 0) return [0];
  const end = Math.floor((total - 1) / pageSize);
  const lo = Math.min(end, Math.floor(Math.max(0, first) / pageSize));
  const hi = Math.min(end, Math.floor(Math.max(first, last) / pageSize));
  const out: number[] = [];
  for (let p = lo; p <= hi; p++) out.push(p);
  return out;
}

/** A span of consecutive pages to fetch with one call. */
export interface Span {
  offset: number;
  limit: number;
}

/** spans groups page numbers (ascending) into runs, each one bound call. */
export function spans(pages: readonly number[]): Span[] {
  const out: Span[] = [];
  for (const p of pages) {
    const last = out.at(-1);
    if (last && last.offset + last.limit === p * pageSize) last.limit += pageSize;
    else out.push({ offset: p * pageSize, limit: pageSize });
  }
  return out;
}

/**
 * withSpan returns rows with the items fetched for span stored as pages.
 * When fresh is true the pages held before are dropped (they are stale after
 * a change) and only this span's pages remain.
 */
export function withSpan<T>(rows: Rows<T>, span: Span, items: readonly T[], total: number, fresh = false): Rows<T> {
  const pages = new Map(fresh ? [] : rows.pages);
  const first = span.offset / pageSize;
  for (let p = 0; p * pageSize < span.limit; p++) {
    const slice = items.slice(p * pageSize, (p + 1) * pageSize);
    if (slice.length === 0 && (first + p) * pageSize >= total) break;
    pages.set(first + p, slice);
  }
  return { total, pages };
}

/** loadedRows counts the rows held in memory (for tests and figures). */
export function loadedRows<T>(rows: Rows<T>): number {
  let n = 0;
  for (const p of rows.pages.values()) n += p.length;
  return n;
}
