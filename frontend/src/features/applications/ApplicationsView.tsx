import { useCallback, useEffect, useRef, useState } from 'react';
import { Alert, Button, Center, Group, Loader, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconBriefcase, IconPlus } from '@tabler/icons-react';
import { applications, pipeline, type ListResult, type Stage } from '../../api';
import { ApplicationForm } from './ApplicationForm';
import { ApplicationsTable, type Sort } from './ApplicationsTable';

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

function EmptyState({ onAdd }: { onAdd: () => void }) {
  return (
    <Paper withBorder p="xl" radius="md" maw={560} mx="auto" mt="xl">
      <Stack align="center" gap="sm" ta="center">
        <IconBriefcase size={40} stroke={1.5} aria-hidden />
        <Title order={2} size="h3">
          Start your job search notebook
        </Title>
        <Text c="dimmed">
          Huntbook keeps your job search on your computer: every application, note and contact stays in one file
          that only you can read. Add the first job you are interested in and follow it from wishlist to offer.
        </Text>
        <AddButton onClick={onAdd} />
      </Stack>
    </Paper>
  );
}

/**
 * ApplicationsView lists applications with search (from the header), a stage
 * filter, sortable columns and the "Add application" form.
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
  const [stageFilter, setStageFilter] = useState<string | null>(null);
  const [stages, setStages] = useState<Stage[]>([]);
  const [knownTags, setKnownTags] = useState<string[]>([]);
  const [result, setResult] = useState<ListResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reloads, setReloads] = useState(0);
  const latest = useRef(0);

  const reload = useCallback(() => setReloads((n) => n + 1), []);

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
      .list({
        search: debouncedSearch,
        stageIds: stageFilter ? [Number(stageFilter)] : [],
        sort: sort.field,
        desc: sort.desc,
      })
      .then((r) => {
        if (id !== latest.current) return; // a newer query has been sent
        setResult(r);
        setError(null);
      })
      .catch((e: Error) => {
        if (id === latest.current) setError(e.message);
      });
  }, [debouncedSearch, stageFilter, sort, reloads]);

  const filtered = debouncedSearch !== '' || stageFilter !== null;
  const open = () => onAddOpenedChange(true);
  const firstRun = result !== null && result.total === 0 && !filtered;

  return (
    <Stack gap="md">
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
        {!firstRun && (
          <Group gap="sm">
            <NativeSelect
              aria-label="Filter by stage"
              data={[{ value: '', label: 'All stages' }, ...stages.map((s) => ({ value: String(s.id), label: s.name }))]}
              value={stageFilter ?? ''}
              onChange={(e) => setStageFilter(e.currentTarget.value || null)}
              w={180}
            />
            <AddButton onClick={open} />
          </Group>
        )}
      </Group>

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
        <EmptyState onAdd={open} />
      ) : result && result.items.length === 0 ? (
        <Text c="dimmed" ta="center" py="xl">
          No applications match {debouncedSearch ? `“${debouncedSearch}”` : 'this filter'}.
        </Text>
      ) : result ? (
        <ApplicationsTable items={result.items} sort={sort} onSort={setSort} />
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
