/**
 * Links to job pages: telling a pasted link from a pasted page, and the
 * command palette's request to open the Add form on its link box ("Add from
 * a link"), which the form takes when it opens (it may not be mounted yet
 * when the palette asks: the shell shows the applications view first).
 */
import { useSyncExternalStore } from 'react';

/** asLink returns text as a link when it is a single http(s) URL (spaces around it aside), else ''. */
export function asLink(text: string): string {
  const t = text.trim();
  if (!/^https?:\/\/\S+$/i.test(t)) return '';
  try {
    const u = new URL(t);
    return u.hostname ? t : '';
  } catch {
    return '';
  }
}

/** linkIn returns the first http(s) URL among the words of text, or ''. */
export function linkIn(text: string): string {
  for (const w of text.split(/\s+/)) {
    const l = asLink(w);
    if (l) return l;
  }
  return '';
}

/** hostOf is a link's host for "Fetching boards.greenhouse.io…" (the link itself when it has none). */
export function hostOf(link: string): string {
  try {
    return new URL(link).host || link;
  } catch {
    return link;
  }
}

/** A request to open the Add form on its link box; url is the link to read at once, or ''. */
export interface LinkRequest {
  url: string;
}

let pending: LinkRequest | null = null;
const listeners = new Set<() => void>();

/** requestAddFromLink asks the Add form to focus its link box when it opens (reading url if given). */
export function requestAddFromLink(url: string): void {
  pending = { url };
  for (const l of listeners) l();
}

/** takeLinkRequest returns the pending request, if any, and forgets it. */
export function takeLinkRequest(): LinkRequest | null {
  const p = pending;
  pending = null;
  if (p) for (const l of listeners) l();
  return p;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const current = () => pending;

/** usePendingLinkRequest is the request not taken yet (null: none), re-rendering when one arrives. */
export function usePendingLinkRequest(): LinkRequest | null {
  return useSyncExternalStore(subscribe, current, current);
}
