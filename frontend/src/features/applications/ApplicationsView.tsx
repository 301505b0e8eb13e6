import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconPlus } from '@tabler/icons-react';
import { applications, isApiError, pipeline, type ListResult, type Stage } from '../../api';
import { applicationsChanged, onApplicationsChanged, openApplication } from '../detail/open';
import { FirstRun } from '../firstrun/FirstRun';
import { ApplicationForm } from './ApplicationForm';
import { ApplicationsTable, type Sort } from './ApplicationsTable';
import { BulkBar, type BulkAction } from './BulkBar';
import { isFiltered, ListFilters, noFilters, toQuery, type Filters } from './ListFilters';
import { clickRow, keepShown, noSelection, toggleAll, type Selection } from './selection';

/** How long typing in the search box must pause before the list is searched. */
export const searchDelay = 150;

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

/**
 * ApplicationsView lists every application matching the search (from the
 * header) and the filters in a virtualised table, with multi-select and bulk
 * changes, and the "Add application" form. A row opens the application detail.
 */
export function ApplicationsView({
  search,
  addOpened,
  onAddOpenedChange,
}: {
  search: string;
  addOpened: boolean;
  onAddOpenedChange: (opened: boolean) => void;
}) {
  const [debouncedSearch] = useDebouncedValue(search.trim(), searchDelay);
  const [sort, setSort] = useState<Sort>(defaultSort);
  const [filters, setFilters] = useState<Filters>(noFilters);
  const [stages, setStages] = useState<Stage[]>([]);
  const [knownTags, setKnownTags] = useState<string[]>([]);
  const [result, setResult] = useState<ListResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [selection, setSelection] = useState<Selection>(noSelection);
  const [reloads, setReloads] = useState(0);
  const latest = useRef(0);

  const reload = useCallback(() => setReloads((n) => n + 1), []);

  // Changes made elsewhere: the detail drawer, or the backend (import, sync,
  // CLI), which BackendEvents turns into the same signal.
  useEffect(() => onApplicationsChanged(reload), [reload]);

  useEffect(() => {
    let live = true;
    pipeline
      .stages()
      .then((s) => live && setStages(s))
      .catch((e: Error) => live && setError(e.message));
    applications
      .tags()
      .then((t) => live && setKnownTags(t))
      .catch(() => undefined); // suggestions only
    return () => {
      live = false;
    };
  }, [reloads]);

  useEffect(() => {
    const id = ++latest.current;
    applications
      .list({ search: debouncedSearch, ...toQuery(filters), sort: sort.field, desc: sort.desc })
      .then((r) => {
        if (id !== latest.current) return; // a newer query has been sent
        setResult(r);
        setError(null);
        setFieldErrors({});
      })
      .catch((e: Error) => {
        if (id !== latest.current) return;
        if (isApiError(e, 'invalid') && e.field) setFieldErrors({ [e.field]: e.message });
        else setError(e.message);
      });
  }, [debouncedSearch, filters, sort, reloads]);

  const order = useMemo(() => (result ? result.items.map((a) => a.id) : []), [result]);
  useEffect(() => setSelection((s) => keepShown(s, order)), [order]);

  const onCheck = useCallback((id: number, shift: boolean) => setSelection((s) => clickRow(s, order, id, shift)), [order]);
  const onCheckAll = useCallback(() => setSelection((s) => toggleAll(s, order)), [order]);

  const onBulk = async (a: BulkAction) => {
    const ids = [...selection.ids];
    try {
      const message = await apply(ids, a);
      notifications.show({ color: 'teal', title: message, message: '' });
      if (a.kind === 'delete') setSelection(noSelection);
      applicationsChanged(ids);
    } catch (e) {
      notifications.show({ color: 'red', title: 'Could not change the selected applications', message: (e as Error).message });
    }
  };

  const filtered = debouncedSearch !== '' || isFiltered(filters);
  const open = () => onAddOpenedChange(true);
  const firstRun = result !== null && result.total === 0 && !filtered;

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <Group align="flex-end" gap="md">
          <Title order={2} size="h3">
            Applications
          </Title>
          {result && !firstRun && (
            <Text c="dimmed" size="sm" aria-live="polite">
              {result.total === 1 ? '1 application' : `${result.total} applications`}
            </Text>
          )}
        </Group>
        {!firstRun && <AddButton onClick={open} />}
      </Group>

      {!firstRun && (
        <ListFilters value={filters} onChange={setFilters} stages={stages} tags={knownTags} fieldErrors={fieldErrors} />
      )}

      {selection.ids.size > 0 && (
        <BulkBar
          count={selection.ids.size}
          stages={stages}
          onAction={onBulk}
          onClear={() => setSelection(noSelection)}
        />
      )}

      {error && (
        <Alert color="red" icon={<IconAlertCircle aria-hidden />} title="Could not load applications" role="alert">
          {error}
        </Alert>
      )}

      {result === null && !error ? (
        <Center py="xl">
          <Loader aria-label="Loading applications" />
        </Center>
      ) : firstRun ? (
        <FirstRun onAdd={open} onImported={reload} />
      ) : result && result.items.length === 0 ? (
        <Text c="dimmed" ta="center" py="xl">
          No applications match {debouncedSearch ? `“${debouncedSearch}”` : 'these filters'}.
        </Text>
      ) : result ? (
        <ApplicationsTable
          items={result.items}
          sort={sort}
          onSort={setSort}
          selection={selection}
          onCheck={onCheck}
          onCheckAll={onCheckAll}
          onOpen={openApplication}
          height={selection.ids.size > 0 ? 'calc(100dvh - 300px)' : 'calc(100dvh - 240px)'}
        />
      ) : null}

      <ApplicationForm
        opened={addOpened}
        onClose={() => onAddOpenedChange(false)}
        stages={stages}
        knownTags={knownTags}
        onSaved={(a) => {
          onAddOpenedChange(false);
          notifications.show({ color: 'teal', title: 'Application saved', message: `${a.company}, ${a.title}` });
          reload();
        }}
      />
    </Stack>
  );
}
