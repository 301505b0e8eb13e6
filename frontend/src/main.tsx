import './shell/boot';
import { createRoot, hydrateRoot } from 'react-dom/client';
import './shell/firstScreenStyles';
import { Root } from './App';
import { mark, marks } from './shell/marks';
import { guardLinks } from './shell/linkGuard';
import { links } from './api';

async function start() {
  // Development only: `?mock=1` fills window.go with an in-memory backend so the
  // UI can be looked at in a plain browser. Production builds drop this branch.
  if (import.meta.env.DEV && new URLSearchParams(window.location.search).has('mock')) {
    const { installMockBackend } = await import('./dev/mockBackend');
    installMockBackend();
  }
  guardLinks(document, links.open); // the window shows only the app
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  mark(marks.scriptsDone);
  const app = <Root />;
  // The build writes the first screen into index.html (scripts/prerender.mjs):
  // React takes that markup over instead of drawing it again. `vite dev`
  // serves an empty root.
  if (root.firstElementChild) {
    hydrateRoot(root, app, {
      onRecoverableError: (error) => {
        mark(marks.hydrationMismatch);
        console.error('huntbook: the prerendered first screen did not match', error);
      },
    });
  } else {
    createRoot(root).render(app);
  }
}

void start();
