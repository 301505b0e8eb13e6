/// <reference types="vitest/config" />
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

// The page's Content-Security-Policy. Production allows nothing outside the
// app itself: Wails serves the page from wails://wails (Linux, macOS) or
// http://wails.localhost (Windows) and talks to Go through postMessage, so
// 'self' plus the wails: scheme is all it needs. Mantine writes <style>
// elements and style attributes, hence 'unsafe-inline' for styles only.
const basePolicy = [
  "default-src 'self' wails:",
  "script-src 'self' wails:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' wails: data: blob:",
  "font-src 'self' wails:",
  "connect-src 'self' wails: ipc:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

// In development the page comes from Vite, and `wails dev` serves it on
// localhost:34115 with a WebSocket IPC; both need local WebSockets.
const devConnect = 'ws://localhost:* ws://127.0.0.1:* http://localhost:* http://127.0.0.1:*';

function contentSecurityPolicy(dev: boolean): Plugin {
  return {
    name: 'huntbook-csp',
    transformIndexHtml(html) {
      const policy = basePolicy.map((d) => (dev && d.startsWith('connect-src') ? `${d} ${devConnect}` : d)).join('; ');
      return html.replace('%HUNTBOOK_CSP%', policy);
    },
  };
}

// Go embeds frontend/dist, and a fresh clone needs the folder to exist: Vite
// empties dist on every build, so the committed placeholder is put back.
function keepDistPlaceholder(): Plugin {
  return {
    name: 'huntbook-keep-dist',
    apply: 'build',
    closeBundle() {
      writeFileSync(resolve(import.meta.dirname, 'dist', '.gitkeep'), '');
    },
  };
}

export default defineConfig(({ command }) => ({
  plugins: [react(), contentSecurityPolicy(command === 'serve'), keepDistPlaceholder()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        // Everything the first screen imports goes in one file. Wails serves
        // the page's files one request at a time through its wails:// handler,
        // so 19 modules took ~40 ms longer to arrive than the same code in one
        // (first text median 1167 -> 1119 ms over 12 runs each, load ~2).
        // The views loaded later stay in their own chunks.
        codeSplitting: { groups: [{ name: 'first-screen', tags: ['$initial'] }] },
      },
    },
  },
  server: { port: 5173, strictPort: false },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    css: false,
    // The CI machine is small and shared: generous per-test limit, no timing assertions.
    testTimeout: 20_000,
    include: ['src/**/*.test.{ts,tsx}'],
  },
}));
