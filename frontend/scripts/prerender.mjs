// Writes the first screen into dist/index.html after `vite build`: builds
// src/prerender.tsx for Node, renders it and puts the markup inside
// <div id="root">, which main.tsx then hydrates. The window can then paint the
// app's frame as soon as the HTML and CSS are in, without waiting for React.
//
//   node scripts/prerender.mjs        (run by `npm run build`)
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..');
const page = join(root, 'dist', 'index.html');
const emptyRoot = '<div id="root"></div>';

/**
 * deferApp puts the stylesheets first in <head> and turns the app's module
 * script into <link rel="modulepreload" data-app>, which public/start.js
 * runs once the first screen has painted. Wails answers the page's requests
 * one at a time in the order WebKit asks, so the CSS the first paint needs
 * must not queue behind 600 kB of script; and a module that runs as soon as
 * the HTML is parsed holds the first paint back until it has evaluated.
 */
function deferApp(text) {
  const links = text.match(/^\s*<link rel="stylesheet"[^>]*>\n/gm) ?? [];
  const script = text.match(/^(\s*)<script type="module" crossorigin src="([^"]+)"><\/script>\n/m);
  if (!script || links.length === 0) throw new Error('prerender: no module script or stylesheet in dist/index.html');
  let out = text;
  for (const l of links) out = out.replace(l, '');
  const preload = `${script[1]}<link rel="modulepreload" crossorigin href="${script[2]}" data-app>\n`;
  return out.replace(script[0], links.join('') + preload);
}

const html = readFileSync(page, 'utf8');
if (!html.includes(emptyRoot)) {
  throw new Error(`prerender: ${page} has no empty ${emptyRoot} (run vite build first)`);
}
// Inside node_modules so the built module finds react and Mantine there.
const out = mkdtempSync(join(root, 'node_modules', '.huntbook-prerender-'));
try {
  await build({
    root,
    logLevel: 'warn',
    build: { ssr: 'src/prerender.tsx', outDir: out, emptyOutDir: true, copyPublicDir: false },
  });
  const { render } = await import(pathToFileURL(join(out, 'prerender.js')).href);
  const markup = render();
  if (!markup.includes('Huntbook')) throw new Error('prerender: the first screen has no "Huntbook" in it');
  writeFileSync(page, deferApp(html).replace(emptyRoot, `<div id="root">${markup}</div>`));
  console.log(`prerender: first screen written into dist/index.html (${(markup.length / 1024).toFixed(1)} kB)`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
