import {
  useCallback,
  useEffect,
  useEffectEvent,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ComponentType,
} from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Box, Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconPlus } from '@tabler/icons-react';
import { applications, isApiError, pipeline, type Application, type ListQuery, type Stage } from '../../api';
import { queryKeys } from '../../app/queryKeys';
import { messageOf } from '../../shared/action';
import { applicationsChanged } from '../../app/changes';
import { openApplication } from '../../app/navigation';
import { ApplicationForm, type DroppedPosting } from '../../shared/applicationForm/ApplicationForm';
import { ApplicationsTable, type Sort } from './ApplicationsTable';
import { ColumnChooser } from './ColumnChooser';
import './BulkBar.module.css';
import { bulkDateAppliedNotice, filledByMove } from '../../shared/moveNotice';
import { today } from '../../shared/format';
import { loadChoice, saveChoice, type ColumnChoice } from './columns';
import { SignalsProvider } from '../../app/signals';
import { BulkBar, type BulkAction } from './BulkBar';
import { isFiltered, ListFilters, noFilters, toQuery, type Filters } from './ListFilters';
import { loadedRows, rowAt, type Rows, type Span } from '../../app/pages';
import { clickRow, keepShown, noSelection, toggleAll, type Selection } from './selection';
import { usePagedRows } from '../../app/usePagedRows';
import { usePostingDrop } from './usePostingDrop';

/** Default order: most recently updated first. */
export const defaultSort: Sort = { field: 'updated', desc: true };

function AddButton({ onClick }: { onClick: () => void }) {
  return (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={onClick} title="Add application (Ctrl+N)">
      Add application
    </Button>
  );
}

async function apply(ids: number[], a: BulkAction): Promise<string> {
  const what = ids.length === 1 ? '1 application' : `${ids.length} applications`;
  switch (a.kind) {
    case 'move':
      await applications.bulkMove(ids, a.stageId);
      return `Moved ${what}`;
    case 'outcome':
      await applications.bulkSetOutcome(ids, a.outcome);
      return `Set the outcome of ${what}`;
    case 'tag':
      await applications.bulkTag(ids, a.add, a.remove);
      return a.add.length ? `Tagged ${what} “${a.add[0]}”` : `Removed “${a.remove[0]}” from ${what}`;
    case 'delete':
      await applications.remove(ids);
      return `Deleted ${what}`;
  }
}

function allRows(r: Rows<Application>): Application[] {
  const out: Application[] = [];
  for (const [, page] of r.pages) out.push(...page);
  return out;
}

function allIds(r: Rows<Application>): number[] {
  const out: number[] = [];
  for (const [, page] of [...r.pages].sort(([a], [b]) => a - b)) for (const a of page) out.push(a.id);
  return out;
}

const noStages: Stage[] = [];
const noTags: string[] = [];

/** Room (px) below the last row while the bulk bar floats over the list: its height when it wraps to two lines, and a gap. */
const bulkBarRoom = 112;

/**
 * ApplicationsView lists every application matching the search (from the
 * header) and the filters in a virtualised table, with multi-select and bulk
 * changes, and the "Add application" form. A row opens the application detail.
 */
export function ApplicationsView({
  search,
  addOpened,
  onAddOpenedChange,
  firstRun: FirstRun,
}: {
  search: string;
  addOpened: boolean;
  onAddOpenedChange: (opened: boolean) => void;
  /** What an empty database shows (firstrun's FirstRun, passed in by the shell so features do not import each other). */
  firstRun: ComponentType<{ onAdd: () => void; onImported?: () => void }>;
}) {
  // No typing pause: each keystroke asks at once, and usePagedRows sends only
  // the newest query while one is on its way.
  const searchText = search.trim();
  const [sort, setSort] = useState<Sort>(defaultSort);
  const [filters, setFilters] = useState<Filters>(noFilters);
  const [selection, setSelection] = useState<Selection>(noSelection);
  const [columnChoice, setColumnChoice] = useState<ColumnChoice>(loadChoice);
  const chooseColumns = useCallback((c: ColumnChoice) => {
    setColumnChoice(c);
    saveChoice(c);
  }, []);

  // Changes made here, in the detail drawer or by the backend (import, sync,
  // CLI) invalidate the applications keys (app/invalidation): the list, the
  // stages and the tags are read again.
  const client = useQueryClient();
  const reload = useCallback(() => applicationsChanged([]), []);
  const stagesQuery = useQuery({ queryKey: queryKeys.stages.all, queryFn: () => pipeline.stages() });
  const stages = stagesQuery.data ?? noStages;
  const loadError = stagesQuery.error ? messageOf(stagesQuery.error) : null;
  // Suggestions only: a failure leaves them empty.
  const knownTags =
    useQuery({ queryKey: queryKeys.applications.tags, queryFn: () => applications.tags() }).data ?? noTags;

  const query: ListQuery = useMemo(
    () => ({ search: searchText, ...toQuery(filters), sort: sort.field, desc: sort.desc }),
    [searchText, filters, sort],
  );
  const queryKey = useMemo(() => JSON.stringify(query), [query]);
  const fetchPage = useCallback(
    (s: Span) => applications.list({ ...query, limit: s.limit, offset: s.offset }),
    [query],
  );
  const listKey = useMemo(() => queryKeys.applications.list(query), [query]);
  const { rows, error: pageError, show } = usePagedRows<Application>(listKey, fetchPage);
  const rowsRef = useRef(rows);
  useLayoutEffect(() => {
    rowsRef.current = rows;
  });

  // A bad filter value is shown on its field; anything else above the list.
  const invalidField = pageError && isApiError(pageError, 'invalid') && pageError.field ? pageError.field : '';
  const error = loadError ?? (pageError && !invalidField ? pageError.message : null);
  const fieldErrors = useMemo(
    () => (invalidField && pageError ? { [invalidField]: pageError.message } : {}),
    [invalidField, pageError],
  );

  // The ids of every matching row in order, for ranges and "select all":
  // from the loaded pages when they hold them all, else one small bound call.
  const orderNow = useCallback((): Promise<number[]> => {
    const r = rowsRef.current;
    if (r && loadedRows(r) >= r.total) return Promise.resolve(allIds(r));
    return client.query({ queryKey: queryKeys.applications.ids(query), queryFn: () => applications.ids(query) });
  }, [client, query]);

  // After a filter, a search or a change, drop selected rows no longer listed.
  // The selection is read when the listed rows change, not watched: ticking a box must not re-run this.
  const nothingSelected = useEffectEvent(() => selection.ids.size === 0);
  useEffect(() => {
    if (nothingSelected()) return;
    let live = true;
    orderNow()
      .then((ids) => live && setSelection((s) => keepShown(s, ids)))
      .catch(() => undefined); // the selection stays as it was
    return () => {
      live = false;
    };
  }, [orderNow, rows]);

  const onCheck = useCallback(
    (id: number, shift: boolean) => {
      if (!shift) {
        setSelection((s) => clickRow(s, [], id, false));
        return;
      }
      orderNow()
        .then((ids) => setSelection((s) => clickRow(s, ids, id, true)))
        .catch((e: unknown) =>
          notifications.show({ color: 'red', title: 'Could not select the range', message: messageOf(e) }),
        );
    },
    [orderNow],
  );
  const onCheckAll = useCallback(() => {
    orderNow()
      .then((ids) => setSelection((s) => toggleAll(s, ids)))
      .catch((e: unknown) =>
        notifications.show({ color: 'red', title: 'Could not select all', message: messageOf(e) }),
      );
  }, [orderNow]);
  const rowOf = useCallback((i: number) => (rows ? rowAt(rows, i) : undefined), [rows]);

  // Notices rise above the bulk bar while it shows (BulkBar.module.css).
  const barShown = selection.ids.size > 0 && rows !== null && rows.total > 0;
  useEffect(() => {
    if (!barShown) return;
    document.body.setAttribute('data-bulk-bar', '');
    return () => document.body.removeAttribute('data-bulk-bar');
  }, [barShown]);

  const onBulk = async (a: BulkAction) => {
    const ids = [...selection.ids];
    // Read before the move: which of them leave the wishlist undated (the
    // backend then fills in today as their date applied).
    const filled =
      a.kind === 'move' && rows
        ? filledByMove(
            allRows(rows).filter((r) => selection.ids.has(r.id)),
            stages[0]?.id,
            a.stageId,
          )
        : [];
    try {
      const message = await apply(ids, a);
      notifications.show({ color: 'teal', title: message, message: '' });
      const notice = bulkDateAppliedNotice(filled, today());
      if (notice) notifications.show({ color: 'teal', ...notice });
      if (a.kind === 'delete') setSelection(noSelection);
      applicationsChanged(ids);
    } catch (e) {
      notifications.show({
        color: 'red',
        title: 'Could not change the selected applications',
        message: (e as Error).message,
      });
    }
  };

  const filtered = searchText !== '' || isFiltered(filters);
  const open = useCallback(() => onAddOpenedChange(true), [onAddOpenedChange]);
  // A saved job page dropped on the list (or on the open Add form) opens the form prefilled.
  const [dropped, setDropped] = useState<DroppedPosting | null>(null);
  usePostingDrop(
    useCallback(
      (path: string) => {
        setDropped({ path });
        onAddOpenedChange(true);
      },
      [onAddOpenedChange],
    ),
  );
  const closeForm = useCallback(() => onAddOpenedChange(false), [onAddOpenedChange]);
  const onSaved = useCallback(
    (a: Application) => {
      onAddOpenedChange(false);
      notifications.show({ color: 'teal', title: 'Application saved', message: `${a.company}, ${a.title}` });
      reload();
    },
    [onAddOpenedChange, reload],
  );
  const firstRun = rows !== null && rows.total === 0 && !filtered;

  return (
    <SignalsProvider>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end">
          <Group align="flex-end" gap="md">
            <Title order={2} size="h3">
              Applications
            </Title>
            {rows && !firstRun && (
              <Text c="dimmed" size="sm" aria-live="polite">
                {rows.total === 1 ? '1 application' : `${rows.total} applications`}
              </Text>
            )}
          </Group>
          {!firstRun && (
            <Group gap="sm">
              <ColumnChooser value={columnChoice} onChange={chooseColumns} />
              <AddButton onClick={open} />
            </Group>
          )}
        </Group>

        {!firstRun && (
          <ListFilters
            value={filters}
            onChange={setFilters}
            stages={stages}
            tags={knownTags}
            fieldErrors={fieldErrors}
          />
        )}

        {error && (
          <Alert color="red" icon={<IconAlertCircle aria-hidden />} title="Could not load applications" role="alert">
            {error}
          </Alert>
        )}

        {rows === null && !error ? (
          <Center py="xl">
            <Loader aria-label="Loading applications" />
          </Center>
        ) : firstRun ? (
          <FirstRun onAdd={open} onImported={reload} />
        ) : rows && rows.total === 0 ? (
          <Text c="dimmed" ta="center" py="xl">
            No applications match {searchText ? `“${searchText}”` : 'these filters'}.
          </Text>
        ) : rows ? (
          // The bulk bar floats over the list's bottom edge: ticking a row must not move the rows under the pointer.
          <Box pos="relative">
            <ApplicationsTable
              count={rows.total}
              rowAt={rowOf}
              onRange={show}
              scrollKey={queryKey}
              sort={sort}
              onSort={setSort}
              selection={selection}
              onCheck={onCheck}
              onCheckAll={onCheckAll}
              onOpen={openApplication}
              height="calc(100dvh - 240px)"
              bottomInset={selection.ids.size > 0 ? bulkBarRoom : 0}
              choice={columnChoice}
            />
            {selection.ids.size > 0 && (
              <Box
                data-bulk-overlay
                pos="absolute"
                left={0}
                right={0}
                bottom="var(--mantine-spacing-sm)"
                px="sm"
                style={{ zIndex: 2, display: 'flex', justifyContent: 'center', pointerEvents: 'none' }}
              >
                <Box style={{ pointerEvents: 'auto', maxWidth: '100%' }}>
                  <BulkBar
                    count={selection.ids.size}
                    stages={stages}
                    onAction={onBulk}
                    onClear={() => setSelection(noSelection)}
                  />
                </Box>
              </Box>
            )}
          </Box>
        ) : null}

        <ApplicationForm
          opened={addOpened}
          onClose={closeForm}
          stages={stages}
          knownTags={knownTags}
          onSaved={onSaved}
          dropped={dropped}
        />
      </Stack>
    </SignalsProvider>
  );
}
