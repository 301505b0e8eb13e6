/**
 * The command palette (Ctrl/Cmd+K): jump to any application (searched through
 * the backend as you type) or run an action (add an application, go to a
 * view, export, import, switch theme, show the shortcuts).
 */
import { useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import { Group, Text, useComputedColorScheme, useMantineColorScheme } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { createSpotlight, Spotlight } from '@mantine/spotlight';
import '@mantine/spotlight/styles.css';
import {
  IconBriefcase,
  IconDownload,
  IconKeyboard,
  IconLink,
  IconMoon,
  IconPlus,
  IconSearch,
  IconSun,
  IconUpload,
} from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { applications, data, type Application } from '../../api';
import { linkIn, requestAddFromLink } from '../../app/link';
import { messageOf } from '../../shared/action';
import { openApplication, requestCloseApplication } from '../../app/navigation';
import { savePreferences } from '../../app/preferences';
import { exportNotice, importSummary } from '../../shared/dataReports';
import { offerImportedSettings } from '../../app/offeredSettings';
import { outcomeLabel } from '../../shared/outcome';
import { useImportFlow, type ImportDone } from '../../app/csvImport/useImportFlow';
import { resultSummary } from '../../app/csvImport/summary';

const [paletteStore, paletteActions] = createSpotlight();

/** Off screen but read: the dialog's title (Mantine's VisuallyHidden, as a style object). */
const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0, 0, 0, 0)',
  whiteSpace: 'nowrap',
  border: 0,
} as const;

/** openPalette opens the command palette (for a header button, say). */
export function openPalette(): void {
  paletteActions.open();
}

/** How long typing pauses before the palette searches applications. */
export const paletteSearchDelay = 150;
/** How many applications the palette lists. */
export const paletteLimit = 8;

/** A view the palette can go to. */
export interface PaletteView {
  view: string;
  label: string;
  icon: (props: { size?: number }) => ReactNode;
}

interface Command {
  id: string;
  label: string;
  description?: string;
  keywords: string;
  icon: ReactNode;
  run: () => void | Promise<void>;
}

/** matches reports whether every word of the query is in the command's label or keywords. */
export function matches(query: string, label: string, keywords = ''): boolean {
  const hay = `${label} ${keywords}`.toLowerCase();
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => hay.includes(w));
}

/**
 * selectFirst marks the first result of the list as the selected one (what
 * Enter runs and the highlight shows), as ↓ would. Spotlight selects the first
 * action only right after a keystroke, before the backend's matches come in;
 * a list that changes afterwards would keep a stale selection or none.
 */
function selectFirst(listId: string): void {
  const list = document.getElementById(listId);
  if (!list) return;
  list.querySelector('[data-selected]')?.removeAttribute('data-selected');
  const first = list.querySelector('[data-action]');
  first?.setAttribute('data-selected', 'true');
  paletteStore.updateState((s) => ({ ...s, selected: first ? 0 : -1 }));
}

function useApplicationSearch(query: string, active: boolean) {
  const [debounced] = useDebouncedValue(query.trim(), paletteSearchDelay);
  const [state, setState] = useState<{ query: string; items: Application[]; total: number; error: string }>({
    query: '',
    items: [],
    total: 0,
    error: '',
  });
  useEffect(() => {
    if (!active) return;
    let live = true;
    // An empty query lists the recently updated ones.
    applications
      .list(
        debounced ? { search: debounced, limit: paletteLimit } : { sort: 'updated', desc: true, limit: paletteLimit },
      )
      .then(
        (r) => live && setState({ query: debounced, items: r.items, total: r.total, error: '' }),
        (err: unknown) => live && setState({ query: debounced, items: [], total: 0, error: messageOf(err) }),
      );
    return () => {
      live = false;
    };
  }, [debounced, active]);
  return state;
}

/** importDone says what an import started from the palette did (the settings dialog of a ZIP says it itself). */
function importDone(d: ImportDone): void {
  if (d.kind === 'csv') {
    notifications.show({ color: 'teal', title: 'Import finished', message: resultSummary(d.result) });
  } else if (!offerImportedSettings(d.report)) {
    notifications.show({ color: 'teal', title: 'Import finished', message: importSummary(d.report) });
  }
}

/** Palette is the command palette; mount it once in the shell. */
export function Palette({
  views,
  onNavigate,
  onAddApplication,
  onShowHelp,
}: {
  views: PaletteView[];
  onNavigate: (view: string) => void;
  onAddApplication: () => void;
  onShowHelp: () => void;
}) {
  const [query, setQuery] = useState('');
  const [opened, setOpened] = useState(false);
  // Off for a command that opens a dialog: the palette closing must not take the focus back from it.
  const [returnFocus, setReturnFocus] = useState(true);
  const found = useApplicationSearch(query, opened);
  const { setColorScheme } = useMantineColorScheme();
  const scheme = useComputedColorScheme('light');
  const client = useQueryClient();
  // A link pasted in the search is passed on to "Add from a link".
  const link = linkIn(query);
  const importFlow = useImportFlow(importDone);
  const startImport = importFlow.start;

  const commands = useMemo<Command[]>(() => {
    const next = scheme === 'dark' ? 'light' : 'dark';
    return [
      {
        id: 'add',
        label: 'Add application',
        keywords: 'new create job',
        icon: <IconPlus size={18} />,
        run: () => {
          setReturnFocus(false);
          onAddApplication();
        },
      },
      {
        id: 'link',
        label: 'Add from a link',
        description: link ? `Read ${link}` : 'Paste a job page’s link to read it',
        keywords: 'new create job url link fetch paste',
        icon: <IconLink size={18} />,
        run: () => {
          // Unsaved edits in the open detail ask first; the request waits only for an add that happens.
          if (!requestCloseApplication()) return;
          setReturnFocus(false);
          requestAddFromLink(link);
          onAddApplication();
        },
      },
      ...views.map((v) => ({
        id: `view:${v.view}`,
        label: `Go to ${v.label}`,
        keywords: `view open show ${v.view}`,
        icon: <v.icon size={18} />,
        run: () => onNavigate(v.view),
      })),
      {
        id: 'export',
        label: 'Export data',
        description: 'Save everything as a ZIP file',
        keywords: 'backup zip save download',
        icon: <IconDownload size={18} />,
        run: async () => {
          try {
            const r = await data.exportArchive();
            if (r.path) notifications.show(exportNotice(r));
          } catch (err) {
            notifications.show({ color: 'red', title: 'Export failed', message: messageOf(err) });
          }
        },
      },
      {
        id: 'import',
        label: 'Import data',
        description: 'From a Huntbook ZIP or a CSV (Huntr, Teal…)',
        keywords: 'csv zip load upload huntr teal',
        icon: <IconUpload size={18} />,
        run: () => {
          // The same flow as Settings and the first run: a ZIP is imported, a CSV opens its preview.
          setReturnFocus(false);
          startImport().catch((err: unknown) => {
            notifications.show({ color: 'red', title: 'Import failed', message: messageOf(err) });
          });
        },
      },
      {
        id: 'theme',
        label: next === 'dark' ? 'Switch to dark theme' : 'Switch to light theme',
        keywords: 'toggle theme dark light mode colour color',
        icon: next === 'dark' ? <IconMoon size={18} /> : <IconSun size={18} />,
        run: async () => {
          setColorScheme(next);
          try {
            // Through the preferences query, so Settings shows the choice at once.
            await savePreferences(client, { theme: next });
          } catch (err) {
            notifications.show({ color: 'red', title: 'Theme not saved', message: messageOf(err) });
          }
        },
      },
      {
        id: 'help',
        label: 'Keyboard shortcuts',
        keywords: 'help keys hotkeys',
        icon: <IconKeyboard size={18} />,
        run: onShowHelp,
      },
    ];
  }, [views, onNavigate, onAddApplication, onShowHelp, scheme, setColorScheme, link, client, startImport]);

  const shown = commands.filter((c) => matches(c.id === 'link' ? query.replace(link, '') : query, c.label, c.keywords));
  // Until the backend answers for the query as typed, the last answer is
  // stale: Enter must not open an application that no longer matches.
  const apps = found.query === query.trim() ? found.items : [];
  const appsLabel = found.query ? `Applications (${found.total})` : 'Recent applications';
  const listId = `palette-results-${useId().replace(/[^\w-]/g, '')}`;
  // Whenever the results change (a keystroke, the backend's answer), the first one is selected.
  const results = [...apps.map((a) => `app:${a.id}`), ...shown.map((c) => c.id)].join('|');
  useEffect(() => {
    if (opened) selectFirst(listId);
  }, [opened, results, listId]);

  return (
    <>
      {importFlow.dialog}
      <Spotlight.Root
        store={paletteStore}
        query={query}
        onQueryChange={setQuery}
        shortcut={['mod + K']}
        tagsToIgnore={[]}
        returnFocus={returnFocus}
        onSpotlightOpen={() => {
          setOpened(true);
          setReturnFocus(true);
        }}
        onSpotlightClose={() => setOpened(false)}
        // The dialog's name, read by screen readers; the search field says the rest.
        title="Command palette"
        styles={{ header: visuallyHidden }}
      >
        <Spotlight.Search
          aria-label="Command palette"
          placeholder="Jump to an application or run a command…"
          leftSection={<IconSearch size={18} aria-hidden />}
        />
        {/* Grows with its results up to what a 700 px window has room for, then scrolls. */}
        <Spotlight.ActionsList id={listId} aria-label="Results" mah="min(26rem, calc(100dvh - 10rem))">
          {apps.length > 0 ? (
            <Spotlight.ActionsGroup role="group" aria-label={appsLabel} label={appsLabel}>
              {apps.map((a) => (
                <Spotlight.Action
                  key={a.id}
                  onClick={() => openApplication(a.id)}
                  leftSection={<IconBriefcase size={18} aria-hidden />}
                >
                  <Group wrap="nowrap" gap="sm" w="100%" justify="space-between">
                    <div style={{ minWidth: 0 }}>
                      <Text size="sm" truncate>
                        {a.title}
                      </Text>
                      <Text size="xs" truncate>
                        {a.company}
                        {a.location ? ` · ${a.location}` : ''}
                      </Text>
                    </div>
                    <Text size="xs" style={{ flexShrink: 0 }}>
                      {a.stage}
                      {a.outcome !== 'open' ? ` · ${outcomeLabel(a.outcome)}` : ''}
                    </Text>
                  </Group>
                </Spotlight.Action>
              ))}
            </Spotlight.ActionsGroup>
          ) : null}
          {shown.length > 0 ? (
            <Spotlight.ActionsGroup role="group" aria-label="Commands" label="Commands">
              {shown.map((c) => (
                <Spotlight.Action
                  key={c.id}
                  label={c.label}
                  description={c.description}
                  leftSection={c.icon}
                  onClick={() => void c.run()}
                />
              ))}
            </Spotlight.ActionsGroup>
          ) : null}
          {found.error ? (
            <Text c="red" size="sm" p="sm" role="alert">
              {found.error}
            </Text>
          ) : null}
          {apps.length === 0 && shown.length === 0 && !found.error ? (
            <Spotlight.Empty>Nothing matches “{query.trim()}”.</Spotlight.Empty>
          ) : null}
        </Spotlight.ActionsList>
      </Spotlight.Root>
    </>
  );
}
