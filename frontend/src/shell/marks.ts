/**
 * Start-up marks on the page's performance timeline, which `make measure`
 * reads to break the time to the first text down. They cost nothing worth
 * counting and change nothing on screen.
 */
export const marks = {
  /** The first of the app's modules runs: every script is fetched and parsed. */
  scriptsStart: 'huntbook:scripts-start',
  /** Every module of the first screen has run; React is about to render. */
  scriptsDone: 'huntbook:scripts-done',
  /** React committed the first screen to the DOM (took over the prerendered one). */
  firstCommit: 'huntbook:first-commit',
  /** Hydration found markup that differs from what React draws, and drew it anew. */
  hydrationMismatch: 'huntbook:hydration-mismatch',
} as const;

/** mark records a start-up milestone once (later calls are ignored). */
export function mark(name: string) {
  if (typeof performance === 'undefined' || !('mark' in performance)) return;
  if (performance.getEntriesByName(name, 'mark').length === 0) performance.mark(name);
}
