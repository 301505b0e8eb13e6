import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { noRows, pagesOf, pageSize, spans, withSpan, type Rows, type Span } from './pages';

/** A page of rows as the backend answers it. */
export interface Page<T> {
  items: T[];
  total: number;
}

/** What usePagedRows gives the list. */
export interface PagedRows<T> {
  /** null until the first answer. */
  rows: Rows<T> | null;
  error: Error | null;
  /** show tells which rows are on screen; the pages they need are fetched. */
  show: (first: number, last: number) => void;
}

/** asError keeps a rejection as an Error (the api layer's are ApiErrors already). */
function asError(e: unknown): Error {
  return e instanceof Error ? e : new Error(String(e));
}

/**
 * usePagedRows keeps a list of any length on screen with a few small bound
 * calls instead of one big one: a new query fetches its first page; scrolling
 * fetches the pages that come into view; a reload (same query, reloads
 * changed) fetches again the pages in view and drops the rest. While a new
 * answer is on its way the previous rows stay, so nothing flashes. Answers
 * to an older query or reload are dropped, and queries that come faster than
 * the answers (typing) are coalesced: only the newest one waiting is sent. A null query fetches nothing and
 * holds no rows.
 */
export function usePagedRows<T>(
  query: string | null,
  reloads: number,
  fetch: (s: Span) => Promise<Page<T>>,
): PagedRows<T> {
  const [rows, setRows] = useState<Rows<T> | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const fetchRef = useRef(fetch);
  const rowsRef = useRef(rows);
  // Kept current after each commit, before the effects below read them.
  useLayoutEffect(() => {
    fetchRef.current = fetch;
    rowsRef.current = rows;
  });
  const generation = useRef(0);
  const pending = useRef(new Set<number>());
  const view = useRef<[number, number]>([0, pageSize - 1]);
  const shownQuery = useRef<string | null | undefined>(undefined);
  const busy = useRef(false);
  const queued = useRef<(() => void) | null>(null);

  useEffect(() => {
    const gen = ++generation.current;
    const newQuery = shownQuery.current !== query;
    shownQuery.current = query;
    if (query === null) {
      setRows(null);
      setError(null);
      return;
    }
    if (newQuery) view.current = [0, pageSize - 1];
    const known = newQuery ? 0 : (rowsRef.current?.total ?? 0);
    const want = pagesOf(view.current[0], view.current[1], Math.max(known, 1));
    const span: Span = { offset: want[0] * pageSize, limit: want.length * pageSize };
    pending.current = new Set(want);
    const fetch = fetchRef.current;
    const run = () => {
      busy.current = true;
      fetch(span)
        .then((r) => {
          if (gen !== generation.current) return; // a newer query or reload was sent
          pending.current.clear();
          setRows(withSpan(noRows<T>(), span, r.items, r.total, true));
          setError(null);
        })
        .catch((e: unknown) => {
          if (gen === generation.current) setError(asError(e));
        })
        .finally(() => {
          busy.current = false;
          const next = queued.current;
          queued.current = null;
          next?.();
        });
    };
    // At most one first-page request in flight: while one is on its way the
    // newest query waits (replacing any older one waiting), so typing sends a
    // query per keystroke when the backend keeps up and fewer when it does not.
    if (busy.current) queued.current = run;
    else run();
  }, [query, reloads]);

  const show = useCallback((first: number, last: number) => {
    view.current = [first, last];
    const current = rowsRef.current;
    if (!current) return; // the first answer brings the rows in view
    const gen = generation.current;
    // A few rows beyond the screen, so the next page is there before it is needed.
    const missing = pagesOf(first - pageSize / 4, last + pageSize / 4, current.total).filter(
      (p) => !current.pages.has(p) && !pending.current.has(p),
    );
    for (const span of spans(missing)) {
      const mine = missing.filter((p) => p * pageSize >= span.offset && p * pageSize < span.offset + span.limit);
      mine.forEach((p) => pending.current.add(p));
      fetchRef
        .current(span)
        .then((r) => {
          if (gen !== generation.current) return;
          mine.forEach((p) => pending.current.delete(p));
          setRows((prev) => withSpan(prev ?? noRows<T>(), span, r.items, r.total));
        })
        .catch((e: unknown) => {
          if (gen !== generation.current) return;
          mine.forEach((p) => pending.current.delete(p));
          setError(asError(e));
        });
    }
  }, []);

  return { rows, error, show };
}
