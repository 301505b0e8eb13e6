/**
 * Commands wires the command palette, the view shortcuts and the help panel
 * into the shell with one element:
 *
 *   <Commands views={nav} onNavigate={setView} onAddApplication={...} />
 */
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { requestCloseApplication } from '../../app/navigation';
import { HelpPanel } from './HelpPanel';
import { Palette } from './Palette';
import { shortcutList, useViewShortcuts, type ViewKey } from './shortcuts';

/** The letter after "g" for the views the shell has today; others get the first free letter of their label. */
const preferredLetters: Record<string, string> = {
  applications: 'a',
  board: 'b',
  contacts: 'c',
  followups: 'f',
  agenda: 'v',
  inbox: 'e',
  cv: 'p',
  insights: 'i',
  assistant: 'm',
  settings: 's',
};

/** assignLetters gives each view a distinct letter for "g then letter". */
export function assignLetters(views: { view: string; label: string }[]): ViewKey[] {
  const used = new Set<string>();
  const chosen = new Map<string, string>();
  // Preferred letters first, so a new view cannot take a known view's letter.
  for (const v of views) {
    const p = preferredLetters[v.view];
    if (p && !used.has(p)) {
      used.add(p);
      chosen.set(v.view, p);
    }
  }
  for (const v of views) {
    if (chosen.has(v.view)) continue;
    const key = Array.from(v.label.toLowerCase().replace(/[^a-z]/g, '')).find((c) => c !== 'g' && !used.has(c));
    if (!key) continue;
    used.add(key);
    chosen.set(v.view, key);
  }
  return views
    .filter((v) => chosen.has(v.view))
    .map((v) => ({ view: v.view, label: v.label, key: chosen.get(v.view) ?? '' }));
}

/** One navigation entry of the shell. */
export interface CommandView {
  view: string;
  label: string;
  icon: (props: { size?: number }) => ReactNode;
  /** Views not ready yet are left out. */
  ready?: boolean;
}

/** Commands renders the palette and the help panel and listens for the view shortcuts. */
export function Commands({
  views,
  onNavigate,
  onAddApplication,
}: {
  views: CommandView[];
  onNavigate: (view: string) => void;
  onAddApplication: () => void;
}) {
  const [help, setHelp] = useState(false);
  const ready = useMemo(() => views.filter((v) => v.ready !== false), [views]);
  const keys = useMemo(() => assignLetters(ready), [ready]);
  const showHelp = useCallback(() => setHelp(true), []);
  // Leaving for a view or the add form closes the application detail first
  // (unless it holds unsaved edits: then it asks, and nothing else happens).
  const go = useCallback((view: string) => requestCloseApplication() && onNavigate(view), [onNavigate]);
  const add = useCallback(() => requestCloseApplication() && onAddApplication(), [onAddApplication]);
  useViewShortcuts(keys, go, showHelp);
  return (
    <>
      <Palette views={ready} onNavigate={go} onAddApplication={add} onShowHelp={showHelp} />
      <HelpPanel opened={help} onClose={() => setHelp(false)} shortcuts={shortcutList(keys)} />
    </>
  );
}
