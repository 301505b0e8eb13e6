import { lazy, memo, Suspense, useCallback, useEffect, useLayoutEffect, useRef, useState, useTransition } from 'react';
import { Alert, AppShell, Badge, Burger, Group, Kbd, Loader, NavLink, Text, TextInput, Title } from '@mantine/core';
import { useDisclosure, useHotkeys, useMounted } from '@mantine/hooks';
import {
  IconAlertTriangle,
  IconBriefcase,
  IconBulb,
  IconFileCv,
  IconCalendarCheck,
  IconCalendarEvent,
  IconLayoutKanban,
  IconMail,
  IconSearch,
  IconSettings,
  IconSparkles,
  IconUsers,
} from '@tabler/icons-react';
import { hasBackend, noBackendMessage } from '../api';
import { onShowView, requestCloseApplication } from '../app/navigation';
import { ApplicationsView } from '../features/applications/ApplicationsView';
import { FirstRun } from '../features/firstrun/FirstRun';
import { PaletteButton } from '../features/palette/PaletteButton';
import { BrowserSaveNotices } from './BrowserSaveNotice';
import { mark, marks } from './marks';
import { preloaded } from './preloaded';
import { loadAllStyles } from './styles';

// Views other than the applications list load on first use, so the first
// paint parses only what it shows (charts, the PDF viewer and the AI panel
// are large).
const ApplicationDetail = lazy(() => import('./DetailDrawer').then((m) => ({ default: m.DetailDrawer })));
const Commands = lazy(() => import('../features/palette/Commands').then((m) => ({ default: m.Commands })));
// Reminders 15 minutes before an interview need not hold up the first screen.
const InterviewReminders = lazy(() =>
  import('../features/agenda/InterviewReminders').then((m) => ({ default: m.InterviewReminders })),
);
// The settings an imported file carries, offered for the user to tick.
const ImportedSettingsDialog = lazy(() =>
  import('../features/settings/ImportedSettingsDialog').then((m) => ({ default: m.ImportedSettingsDialog })),
);
const AgendaView = lazy(() => import('../features/agenda/AgendaView').then((m) => ({ default: m.AgendaView })));
const board = preloaded<{ search: string }>(() =>
  import('../features/board/BoardView').then((m) => ({ default: m.BoardView })),
);
const BoardView = board.View;

/**
 * How long after the first paint the board's code (with dnd-kit) is fetched
 * and run while the app is idle: the board is the view opened most after the
 * list, and its first visit otherwise waited ~300 ms for its code.
 */
export const boardPrefetchDelay = 2000;
const ContactsView = lazy(() => import('../features/contacts/ContactsView').then((m) => ({ default: m.ContactsView })));
const FollowupsView = lazy(() =>
  import('../features/followups/FollowupsView').then((m) => ({ default: m.FollowupsView })),
);
const InsightsView = lazy(() => import('../features/insights/InsightsView').then((m) => ({ default: m.InsightsView })));
const CVView = lazy(() => import('../features/cv/CVView').then((m) => ({ default: m.CVView })));
const SettingsView = lazy(() => import('./SettingsPage').then((m) => ({ default: m.SettingsPage })));
const AssistantView = lazy(() => import('../features/ai/AssistantView').then((m) => ({ default: m.AssistantView })));
const InboxView = lazy(() => import('../features/inbox/InboxView').then((m) => ({ default: m.InboxView })));

/** The views of the app, one per navigation entry. */
type View =
  | 'applications'
  | 'board'
  | 'contacts'
  | 'followups'
  | 'agenda'
  | 'inbox'
  | 'cv'
  | 'insights'
  | 'assistant'
  | 'settings';

const nav: { view: View; label: string; icon: typeof IconBriefcase; ready: boolean }[] = [
  { view: 'applications', label: 'Applications', icon: IconBriefcase, ready: true },
  { view: 'board', label: 'Board', icon: IconLayoutKanban, ready: true },
  { view: 'contacts', label: 'Contacts', icon: IconUsers, ready: true },
  { view: 'followups', label: 'Follow-ups', icon: IconCalendarCheck, ready: true },
  { view: 'agenda', label: 'Interviews', icon: IconCalendarEvent, ready: true },
  { view: 'inbox', label: 'Inbox', icon: IconMail, ready: true },
  { view: 'cv', label: 'CV and profile', icon: IconFileCv, ready: true },
  { view: 'insights', label: 'Insights', icon: IconBulb, ready: true },
  { view: 'assistant', label: 'AI settings', icon: IconSparkles, ready: true },
  { view: 'settings', label: 'Settings', icon: IconSettings, ready: true },
];

/**
 * Navigation lists the views. It is memoised: the search text lives in the
 * Shell, and each keystroke re-rendered every link before the list could ask
 * for its rows.
 */
const Navigation = memo(function Navigation({ current, onSelect }: { current: View; onSelect: (v: View) => void }) {
  return nav.map((item) => (
    <NavLink
      key={item.view}
      // A button: an <a> without href is not in the Tab order.
      component="button"
      type="button"
      label={item.label}
      leftSection={<item.icon size={18} aria-hidden />}
      rightSection={
        item.ready ? undefined : (
          <Badge size="xs" variant="light" color="gray">
            soon
          </Badge>
        )
      }
      active={current === item.view}
      disabled={!item.ready}
      onClick={() => onSelect(item.view)}
      aria-current={current === item.view ? 'page' : undefined}
    />
  ));
});

/** Shell is the app frame: header with the search box, the navigation, and the current view. */
export function Shell() {
  const [navOpened, { toggle: toggleNav }] = useDisclosure(false);
  // The navigation shows the view asked for at once; the main area switches
  // in a transition, so a view whose code is still loading keeps the current
  // one on screen instead of a spinner (React holds content revealed after a
  // Suspense fallback back for up to 300 ms: first visits took ~350 ms).
  const [target, setTarget] = useState<View>('applications');
  const [view, setViewNow] = useState<View>('applications');
  const [switching, startSwitch] = useTransition();
  const setView = useCallback((v: View) => {
    setTarget(v);
    startSwitch(() => setViewNow(v));
  }, []);
  // Parts outside the shell (the reminders' summary) ask for a view through app/navigation.
  useEffect(
    () =>
      onShowView((v) => {
        if (nav.some((n) => n.view === v) && requestCloseApplication()) setView(v as View);
      }),
    [setView],
  );
  const [search, setSearch] = useState('');
  const [addOpened, setAddOpened] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const backend = hasBackend();
  // False while React takes over the prerendered first screen, which holds
  // none of the parts loaded later: they would not match.
  const mounted = useMounted();
  useLayoutEffect(() => {
    mark(marks.firstCommit);
    loadAllStyles();
  }, []);
  useEffect(() => {
    // A failure here is not shown: the visit loads the code again and says so.
    const timer = setTimeout(() => void board.preload().catch(() => undefined), boardPrefetchDelay);
    return () => clearTimeout(timer);
  }, []);

  // "/" is a character in text fields, so it only focuses search from elsewhere;
  // Ctrl/Cmd+N works everywhere, including inside the search box.
  useHotkeys([['/', () => searchRef.current?.focus()]]);
  useHotkeys(
    [
      [
        'mod+N',
        () => {
          setView('applications');
          setAddOpened(true);
        },
      ],
    ],
    [],
  );

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 210, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            <Burger opened={navOpened} onClick={toggleNav} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
            <Title order={1} size="h3">
              Huntbook
            </Title>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <TextInput
              ref={searchRef}
              aria-label="Search applications"
              placeholder="Search applications"
              leftSection={<IconSearch size={16} aria-hidden />}
              rightSection={<Kbd size="xs">/</Kbd>}
              value={search}
              onChange={(e) => setSearch(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === 'Escape') {
                  setSearch('');
                  e.currentTarget.blur();
                }
              }}
              w={{ base: 200, sm: 360 }}
              type="search"
            />
            <PaletteButton />
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="xs" aria-label="Main">
        <Navigation current={target} onSelect={setView} />
      </AppShell.Navbar>

      <AppShell.Main aria-busy={switching || undefined}>
        {backend ? (
          <Suspense fallback={<Loader aria-label="Loading" m="xl" />}>
            {view === 'board' ? (
              <BoardView search={search} />
            ) : view === 'contacts' ? (
              <ContactsView />
            ) : view === 'followups' ? (
              <FollowupsView />
            ) : view === 'agenda' ? (
              <AgendaView />
            ) : view === 'inbox' ? (
              <InboxView />
            ) : view === 'cv' ? (
              <CVView />
            ) : view === 'insights' ? (
              <InsightsView />
            ) : view === 'assistant' ? (
              <AssistantView />
            ) : view === 'settings' ? (
              <SettingsView />
            ) : (
              <ApplicationsView
                search={search}
                addOpened={addOpened}
                onAddOpenedChange={setAddOpened}
                firstRun={FirstRun}
              />
            )}
          </Suspense>
        ) : (
          <Alert color="yellow" icon={<IconAlertTriangle aria-hidden />} title={noBackendMessage} role="alert">
            <Text size="sm">
              This page talks to Huntbook's Go backend, which is only there inside the app window (or under{' '}
              <code>wails dev</code>). Start Huntbook to see your applications.
            </Text>
          </Alert>
        )}
      </AppShell.Main>
      {/* The drawer, the palette and the reminders load just after the first paint. */}
      {mounted ? (
        <Suspense fallback={null}>
          {backend ? <ApplicationDetail /> : null}
          {backend ? <InterviewReminders /> : null}
          {backend ? <BrowserSaveNotices /> : null}
          {backend ? <ImportedSettingsDialog /> : null}
          <Commands
            views={nav}
            onNavigate={(v) => setView(v as View)}
            onAddApplication={() => {
              setView('applications');
              setAddOpened(true);
            }}
          />
        </Suspense>
      ) : null}
    </AppShell>
  );
}
