import { memo, useEffect, useRef, type CSSProperties, type MouseEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { IconChevronDown, IconChevronUp, IconSelector } from '@tabler/icons-react';
import type { Application, SortField } from '../../api';
import { formatDay, formatTime, outcomeColor, outcomeLabel } from './format';
import { StageBadge } from '../../shared/StageBadge';
import { Pill } from './Pill';
import { allState, type Selection } from './selection';
import classes from './ApplicationsTable.module.css';

/** The list's sort: a field and a direction. */
export interface Sort {
  field: SortField;
  desc: boolean;
}

interface Column {
  key: string;
  label: string;
  sort?: SortField;
  /** CSS flex of the cell: fixed columns do not grow. */
  flex: string;
}

const columns: Column[] = [
  { key: 'company', label: 'Company', sort: 'company', flex: '1.2 1 100px' },
  { key: 'title', label: 'Job title', sort: 'title', flex: '1.6 1 120px' },
  { key: 'stage', label: 'Stage', sort: 'stage', flex: '0 0 128px' },
  { key: 'outcome', label: 'Outcome', flex: '0 0 100px' },
  { key: 'location', label: 'Location', flex: '0.8 1 80px' },
  { key: 'applied', label: 'Applied', sort: 'applied', flex: '0 0 116px' },
  { key: 'updated', label: 'Updated', sort: 'updated', flex: '0 0 122px' },
];

const checkFlex = '0 0 40px';

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
  onCheck: (id: number, shift: boolean) => void;
  onOpen: (id: number) => void;
}

const Row = memo(function Row({ a, index, start, selected, onCheck, onOpen }: RowProps) {
  const style: CSSProperties = { height: rowHeight, transform: `translateY(${start}px)` };
  const name = `${a.company}, ${a.title}`;
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
      <td className={classes.cell} style={{ flex: columns[0].flex }}>
        <button
          type="button"
          className={classes.open}
          title={`Open ${name}`}
          onClick={(e) => {
            e.stopPropagation();
            onOpen(a.id);
          }}
        >
          {a.company}
        </button>
      </td>
      <td className={classes.cell} style={{ flex: columns[1].flex }} title={a.title}>
        {a.title}
      </td>
      <td className={classes.cell} style={{ flex: columns[2].flex }}>
        <StageBadge stage={a.stage} outcome={a.outcome} />
      </td>
      <td className={classes.cell} style={{ flex: columns[3].flex }}>
        <Pill color={outcomeColor(a.outcome)}>{outcomeLabel(a.outcome)}</Pill>
      </td>
      <td className={classes.cell} style={{ flex: columns[4].flex }} title={a.location}>
        {a.location}
        {a.remote ? (
          <span className={classes.dim}>
            {a.location ? ' · ' : ''}
            {a.remote}
          </span>
        ) : null}
      </td>
      <td className={classes.cell} style={{ flex: columns[5].flex }}>
        {formatDay(a.dateApplied)}
      </td>
      <td className={classes.cell} style={{ flex: columns[6].flex, color: 'var(--mantine-color-dimmed)' }}>
        {formatTime(a.updatedAt)}
      </td>
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
      <table className={classes.table} aria-label="Applications" aria-rowcount={count + 1}>
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
            {columns.map((c) => {
              const active = c.sort !== undefined && sort.field === c.sort;
              return (
                <th
                  key={c.key}
                  className={classes.cell}
                  style={{ flex: c.flex }}
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
