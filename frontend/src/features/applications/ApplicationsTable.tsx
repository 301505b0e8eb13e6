import {
  memo,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type MouseEvent,
  type RefObject,
} from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { IconChevronDown, IconChevronUp, IconSelector } from '@tabler/icons-react';
import type { Application, SortField } from '../../api';
import { formatDate } from '../../shared/format';
import { outcomeColor, outcomeLabel } from '../../shared/outcome';
import { StageBadge } from '../../shared/StageBadge';
import { SignalBadge } from '../../shared/SignalBadge';
import { daysSince, salaryShort, signalBadges } from '../../shared/appFacts';
import { useSignals } from '../../app/signals';
import { checkWidth, defaultChoice, fitColumns, flexOf, type Column, type ColumnChoice } from './columns';
import { Pill } from '../../shared/Pill';
import { allState, type Selection } from './selection';
import classes from './ApplicationsTable.module.css';

/** The list's sort: a field and a direction. */
export interface Sort {
  field: SortField;
  desc: boolean;
}

const checkFlex = `0 0 ${checkWidth}px`;

/** useWidth is an element's inner width in pixels, kept current as it resizes (0 until measured). */
function useWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(el.clientWidth);
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(() => setWidth(el.clientWidth));
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return width;
}

/** Height of one row in pixels: fixed, so 10,000 rows need no measuring. */
export const rowHeight = 41;

/** Dates sort newest first on the first click; text sorts A to Z. */
export function nextSort(current: Sort, field: SortField): Sort {
  if (current.field === field) return { field, desc: !current.desc };
  const newestFirst = field === 'updated' || field === 'applied' || field === 'created' || field === 'priority';
  return { field, desc: newestFirst };
}

function SortIcon({ active, desc }: { active: boolean; desc: boolean }) {
  if (!active) return <IconSelector size={14} aria-hidden />;
  return desc ? <IconChevronDown size={14} aria-hidden /> : <IconChevronUp size={14} aria-hidden />;
}

interface RowProps {
  a: Application;
  index: number;
  start: number;
  selected: boolean;
  shown: Column[];
  onCheck: (id: number, shift: boolean) => void;
  onOpen: (id: number) => void;
}

/** Cell is what one column shows for an application. */
function Cell({
  c,
  a,
  onOpen,
  outcomeShown,
}: {
  c: Column;
  a: Application;
  onOpen: (id: number) => void;
  outcomeShown: boolean;
}) {
  const { of, now, today } = useSignals();
  switch (c.key) {
    case 'company':
      return (
        <button
          type="button"
          className={classes.open}
          title={a.company}
          onClick={(e) => {
            e.stopPropagation();
            onOpen(a.id);
          }}
        >
          {a.company}
        </button>
      );
    case 'title':
      return <span title={a.title}>{a.title}</span>;
    case 'stage':
      // With no outcome column (a narrow window, or not chosen) a closed
      // application's badge names its outcome too.
      return (
        <StageBadge
          stage={a.stage}
          outcome={a.outcome}
          label={!outcomeShown && a.outcome !== 'open' ? `${a.stage} · ${outcomeLabel(a.outcome)}` : undefined}
        />
      );
    case 'outcome':
      return <Pill color={outcomeColor(a.outcome)}>{outcomeLabel(a.outcome)}</Pill>;
    case 'location': {
      const where = [a.location, a.remote].filter(Boolean).join(' · ');
      return (
        <span title={where}>
          {a.location}
          {a.remote ? (
            <span className={classes.dim}>
              {a.location ? ' · ' : ''}
              {a.remote}
            </span>
          ) : null}
        </span>
      );
    }
    case 'salary':
      return <span>{salaryShort(a.salary)}</span>;
    case 'signals':
      return (
        <span className={classes.signals}>
          {signalBadges(of(a.id), now).map((b) => (
            <SignalBadge key={b.kind} b={b} />
          ))}
        </span>
      );
    case 'applied':
      return <span>{formatDate(a.dateApplied)}</span>;
    case 'days': {
      const n = daysSince(a.dateApplied, today);
      return n === null || n < 0 ? null : (
        <span title={`${n === 1 ? '1 day' : `${n} days`} since applied (${formatDate(a.dateApplied)})`}>{n}</span>
      );
    }
    case 'updated':
      return <span className={classes.dimCell}>{formatDate(a.updatedAt)}</span>;
  }
}

const Row = memo(function Row({ a, index, start, selected, shown, onCheck, onOpen }: RowProps) {
  const style: CSSProperties = { height: rowHeight, transform: `translateY(${start}px)` };
  const name = `${a.company}, ${a.title}`;
  const outcomeShown = shown.some((c) => c.key === 'outcome');
  return (
    <tr
      className={classes.row}
      style={style}
      data-app-id={a.id}
      data-selected={selected || undefined}
      aria-rowindex={index + 2}
      aria-selected={selected}
      onClick={() => onOpen(a.id)}
    >
      <td className={classes.cell} style={{ flex: checkFlex }} onClick={(e) => e.stopPropagation()}>
        <input
          type="checkbox"
          className={classes.check}
          aria-label={`Select ${name}`}
          checked={selected}
          onChange={() => undefined}
          onClick={(e: MouseEvent<HTMLInputElement>) => onCheck(a.id, e.shiftKey)}
        />
      </td>
      {shown.map((c) => (
        <td key={c.key} className={classes.cell} style={{ flex: flexOf(c) }} data-col={c.key}>
          <Cell c={c} a={a} onOpen={onOpen} outcomeShown={outcomeShown} />
        </td>
      ))}
    </tr>
  );
});

/** A row whose page is still on its way: same height, nothing to click. */
const PendingRow = memo(function PendingRow({ index, start }: { index: number; start: number }) {
  return (
    <tr
      className={classes.row}
      style={{ height: rowHeight, transform: `translateY(${start}px)` }}
      aria-rowindex={index + 2}
      aria-busy
    >
      <td className={classes.cell} style={{ flex: checkFlex }} />
      <td className={classes.cell} style={{ flex: '1 1 auto' }}>
        <span className={classes.pending} />
        <span className="mantine-visually-hidden">Loading</span>
      </td>
    </tr>
  );
});

/**
 * ApplicationsTable shows applications in a virtualised table: only the rows
 * in view are in the page, and only the pages near them are loaded, so
 * 10,000 rows scroll as smoothly as 10. It tells onRange which rows are on
 * screen; rowAt gives a row or undefined while its page loads. Column headers
 * sort, checkboxes select (shift-click for a range), and a click on a row or
 * its company opens the application. A new scrollKey scrolls back to the top.
 */
export function ApplicationsTable({
  count,
  rowAt,
  onRange,
  scrollKey,
  sort,
  onSort,
  selection,
  onCheck,
  onCheckAll,
  onOpen,
  height = 'calc(100dvh - 250px)',
  bottomInset = 0,
  choice = defaultChoice,
}: {
  count: number;
  rowAt: (index: number) => Application | undefined;
  onRange: (first: number, last: number) => void;
  scrollKey: string;
  sort: Sort;
  onSort: (s: Sort) => void;
  selection: Selection;
  onCheck: (id: number, shift: boolean) => void;
  onCheckAll: () => void;
  onOpen: (id: number) => void;
  /** CSS height of the scrolling area. */
  height?: string;
  /** Room (px) left below the last row, so a bar floating over the list's bottom edge hides none of it. */
  bottomInset?: number;
  /** The optional columns the user chose; those that do not fit the width give way (see fitColumns). */
  choice?: ColumnChoice;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 6,
    paddingEnd: bottomInset,
    // Keys by index (the default): a getItemKey that changes with every page
    // would rebuild the measurements of all 10,000 rows each time.
    // React keys rows by application id below.
    // jsdom (unit tests) has no layout: assume a screenful.
    initialRect: { width: 1000, height: 600 },
  });
  const width = useWidth(scrollRef);
  const cols = useMemo(() => fitColumns(choice, width), [choice, width]);
  const minWidth = checkWidth + cols.reduce((n, c) => n + c.min, 0);
  const all = allState(selection, count);
  const shown = virtualizer.getVirtualItems();
  const first = shown.length ? shown[0].index : 0;
  const last = shown.length ? shown[shown.length - 1].index : 0;
  // After every render that changes what is on screen or what is loaded.
  useEffect(() => onRange(first, last), [first, last, rowAt, onRange]);
  useEffect(() => {
    if (scrollRef.current) scrollRef.current.scrollTop = 0;
  }, [scrollKey]);

  return (
    <div ref={scrollRef} className={classes.scroller} style={{ height, minHeight: 200 }}>
      <table
        className={classes.table}
        style={{ minWidth }}
        aria-label="Applications"
        aria-rowcount={count + 1}
        aria-colcount={cols.length + 1}
      >
        <thead className={classes.head}>
          <tr className={classes.row} aria-rowindex={1}>
            <th className={classes.cell} style={{ flex: checkFlex }}>
              <input
                type="checkbox"
                className={classes.check}
                aria-label="Select all applications shown"
                checked={all === 'all'}
                ref={(el) => {
                  if (el) el.indeterminate = all === 'some';
                }}
                onChange={onCheckAll}
              />
            </th>
            {cols.map((c) => {
              const active = c.sort !== undefined && sort.field === c.sort;
              return (
                <th
                  key={c.key}
                  className={classes.cell}
                  style={{ flex: flexOf(c) }}
                  data-col={c.key}
                  aria-sort={active ? (sort.desc ? 'descending' : 'ascending') : c.sort ? 'none' : undefined}
                >
                  {c.sort ? (
                    <button
                      type="button"
                      className={classes.sortButton}
                      onClick={() => onSort(nextSort(sort, c.sort as SortField))}
                    >
                      {c.label}
                      <SortIcon active={active} desc={sort.desc} />
                    </button>
                  ) : (
                    c.label
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody className={classes.body} style={{ height: virtualizer.getTotalSize() }}>
          {shown.map((v) => {
            const a = rowAt(v.index);
            if (!a) return <PendingRow key={`pending-${v.index}`} index={v.index} start={v.start} />;
            return (
              <Row
                key={a.id}
                a={a}
                index={v.index}
                start={v.start}
                selected={selection.ids.has(a.id)}
                shown={cols}
                onCheck={onCheck}
                onOpen={onOpen}
              />
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
