import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { hashKey, useQueries, type QueryKey, type UseQueryResult } from '@tanstack/react-query';
import { pageSize, type Rows, type Span } from './pages';

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

/** The pages a list has come near (for one key), and the ones on screen now. */
interface Seen {
  hash: string | null;
  pages: readonly number[];
  near: readonly number[];
}

/** pagesNear returns the page numbers of rows first..last and a few rows either side (not clamped to a total). */
function pagesNear(first: number, last: number): number[] {
  const lo = Math.floor(Math.max(0, first - pageSize / 4) / pageSize);
  const hi = Math.floor(Math.max(0, first, last + pageSize / 4) / pageSize);
  const out: number[] = [];
  for (let p = lo; p <= hi; p++) out.push(p);
  return out;
}

/** withNear returns seen with the pages near the screen now (prev itself when nothing changed). */
function withNear(prev: Seen, hash: string | null, near: number[]): Seen {
  const base = prev.hash === hash ? prev : { hash, pages: [0], near: [0] };
  const pages = [...new Set([...base.pages, ...near])].sort((a, b) => a - b);
  if (base === prev && sameList(pages, prev.pages) && sameList(near, prev.near)) return prev;
  return { hash, pages, near };
}

const sameList = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * usePagedRows keeps a list of any length on screen with a few small bound
 * calls instead of one big one, each page a TanStack query keyed
 * [...key, page]: a new key fetches its first page; scrolling fetches the
 * pages that come into view. Invalidating the key (./invalidation on a
 * change) fetches again the pages near the screen; the others keep their rows
 * until they come back into view, when they are fetched again. While a new
 * key's first answer is on its way the previous rows stay, so nothing
 * flashes. Keys that come faster than the answers (typing) are coalesced: at
 * most one first page is in flight, and of those waiting only the newest is
 * sent (the others are cancelled when their key is left). A null key fetches
 * nothing and holds no rows.
 */
export function usePagedRows<T>(key: QueryKey | null, fetch: (s: Span) => Promise<Page<T>>): PagedRows<T> {
  const hash = key ? hashKey(key) : null;
  const fetchRef = useRef(fetch);
  useLayoutEffect(() => {
    fetchRef.current = fetch;
  });
  // The first page in flight: the next one waits for it.
  const gate = useRef<Promise<unknown>>(Promise.resolve());

  const [seen, setSeen] = useState<Seen>({ hash, pages: [0], near: [0] });
  const current: Seen = seen.hash === hash ? seen : { hash, pages: [0], near: [0] };

  const queries = useMemo(
    () =>
      key === null
        ? []
        : current.pages.map((page) => ({
            queryKey: [...key, page] as QueryKey,
            enabled: current.near.includes(page),
            // A key shown again (a filter cleared) is read again, its cached rows shown meanwhile.
            refetchOnMount: 'always' as const,
            queryFn: ({ signal }: { signal: AbortSignal }): Promise<Page<T>> => {
              const span: Span = { offset: page * pageSize, limit: pageSize };
              if (page !== 0) return fetchRef.current(span);
              const prior = gate.current;
              const mine = prior.then(() => {
                signal.throwIfAborted(); // its key was left while it waited
                return fetchRef.current(span);
              });
              gate.current = mine.catch(() => undefined);
              return mine;
            },
          })),
    // hash stands for key.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [hash, current.pages, current.near],
  );
  const pages = current.pages;
  const combine = useCallback(
    (results: UseQueryResult<Page<T>>[]): { rows: Rows<T> | null; error: Error | null } => {
      let total = -1;
      let newest = -1;
      let error: Error | null = null;
      for (const r of results) {
        if (r.data && r.dataUpdatedAt > newest) {
          newest = r.dataUpdatedAt;
          total = r.data.total;
        }
        error ??= r.error;
      }
      if (total < 0) return { rows: null, error };
      const held = new Map<number, readonly T[]>();
      results.forEach((r, i) => {
        if (r.data && pages[i] * pageSize < total) held.set(pages[i], r.data.items);
      });
      return { rows: { total, pages: held }, error };
    },
    [pages],
  );
  const fresh = useQueries({ queries, combine });

  // The rows of the key shown before, while the new key's first answer is on its way.
  const [previous, setPrevious] = useState<Rows<T> | null>(null);
  useEffect(() => {
    if (fresh.rows) setPrevious(fresh.rows);
  }, [fresh.rows]);

  const show = useCallback(
    (first: number, last: number) => setSeen((prev) => withNear(prev, hash, pagesNear(first, last))),
    [hash, setSeen],
  );

  return { rows: fresh.rows ?? previous, error: fresh.error, show };
}
