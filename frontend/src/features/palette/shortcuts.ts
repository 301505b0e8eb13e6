/**
 * Keyboard shortcuts: the list the help panel shows, and a hook that wires
 * the ones Mantine's useHotkeys cannot express (the two-key "g then b" jumps,
 * which must not fire while the user types in a field).
 */
import { useEffect, useEffectEvent, useRef } from 'react';

/** One line of the help panel. */
export interface Shortcut {
  /** Keys pressed together; several entries are pressed one after the other. */
  keys: string[][];
  what: string;
}

/** A view the shortcuts can jump to, with the letter that follows "g". */
export interface ViewKey {
  view: string;
  label: string;
  /** One lower-case letter, unique among views. */
  key: string;
}

/** modKey is "Ctrl", or "⌘" on Apple machines. */
export function modKey(): string {
  // The user agent, not the deprecated navigator.platform: WebKit on a Mac says
  // "Macintosh" there, and iPadOS says "Macintosh" or "iPad".
  const p = typeof navigator === 'undefined' ? '' : navigator.userAgent;
  return /Mac|iPhone|iPad/.test(p) ? '⌘' : 'Ctrl';
}

/** shortcutList is what the help panel shows for these views. */
export function shortcutList(views: ViewKey[]): Shortcut[] {
  const mod = modKey();
  return [
    { keys: [[mod, 'K']], what: 'Open the command palette' },
    { keys: [[mod, 'N']], what: 'Add an application' },
    { keys: [['/']], what: 'Focus the search box' },
    { keys: [['?']], what: 'Show these shortcuts' },
    { keys: [['Esc']], what: 'Close a dialog, or clear the search box' },
    ...views.map((v, i) => ({
      keys: [['g'], [v.key]],
      what: `Go to ${v.label}${i < 9 ? ` (also Alt+${i + 1})` : ''}`,
    })),
  ];
}

/** isTyping reports whether the key event comes from a place where letters are text. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
  }
  return target.getAttribute('role') === 'textbox' || target.getAttribute('role') === 'combobox';
}

/** How long after "g" the second key still counts. */
export const sequenceTimeout = 1500;

/**
 * useViewShortcuts listens for "g" then a view's letter (outside text
 * fields), Alt+1..9 for the views in order (anywhere), and "?" for help
 * (outside text fields).
 */
export function useViewShortcuts(views: ViewKey[], onView: (view: string) => void, onHelp: () => void): void {
  const pendingG = useRef(0);
  const latest = useEffectEvent(() => ({ views, onView, onHelp }));

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      const { views: vs, onView: go, onHelp: help } = latest();
      // Alt+digit: e.code keeps it working on layouts where Alt changes the character.
      if (e.altKey && !e.ctrlKey && !e.metaKey) {
        const m = /^Digit([1-9])$/.exec(e.code);
        if (m) {
          const v = vs.at(Number(m[1]) - 1);
          if (v) {
            e.preventDefault();
            go(v.view);
          }
        }
        return;
      }
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) {
        pendingG.current = 0;
        return;
      }
      if (e.key === '?') {
        e.preventDefault();
        help();
        return;
      }
      const key = e.key.toLowerCase();
      if (pendingG.current && e.timeStamp - pendingG.current <= sequenceTimeout) {
        pendingG.current = 0;
        const v = vs.find((x) => x.key === key);
        if (v) {
          e.preventDefault();
          go(v.view);
        }
        return;
      }
      pendingG.current = key === 'g' && !e.shiftKey ? e.timeStamp || 1 : 0;
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
