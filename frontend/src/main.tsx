import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { App } from './App';

async function start() {
  // Development only: `?mock=1` fills window.go with an in-memory backend so the
  // UI can be looked at in a plain browser. Production builds drop this branch.
  if (import.meta.env.DEV && new URLSearchParams(window.location.search).has('mock')) {
    const { installMockBackend } = await import('./dev/mockBackend');
    installMockBackend();
  }
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
