/**
 * The first screen rendered at build time: scripts/prerender.mjs writes this
 * markup into dist/index.html, so the window paints the real frame (header,
 * navigation, the list while it loads) as soon as the HTML and its CSS are
 * in, before any script has run; main.tsx then hydrates it. Node only.
 */
import { renderToString } from 'react-dom/server';
import { assumeBackend } from './api';
import { Root } from './App';

/** render returns the first screen's markup as the app window shows it while its data loads. */
export function render(): string {
  assumeBackend();
  return renderToString(<Root />);
}
