import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderWithTheme } from '../../test/render';
import { StartupGate } from './StartupGate';

const base = {
  problem: '',
  message: '',
  advice: '',
  path: '/home/jane/.local/share/huntbook/huntbook.db',
  backups: [],
  backupDir: '/home/jane/.local/share/huntbook/backups',
  readOnly: '',
  restored: '',
  keptAs: '',
};

// bind puts a fake service.Startup on the page the way the Wails runtime does.
function bind(status: object, restore?: () => Promise<object>) {
  const Startup = {
    Status: vi.fn(() => Promise.resolve({ ...base, ...status })),
    RestoreNewestBackup: vi.fn(restore ?? (() => Promise.reject(new Error('no')))),
  };
  window.go = { service: { Startup } };
  return Startup;
}

afterEach(() => {
  delete window.go;
});

describe('StartupGate', () => {
  it('shows the app when the database opened', async () => {
    const s = bind({});
    renderWithTheme(
      <StartupGate>
        <p>the app</p>
      </StartupGate>,
    );
    await waitFor(() => expect(s.Status).toHaveBeenCalled());
    expect(screen.getByText('the app')).toBeTruthy();
    expect(screen.queryByText(/Read-only/)).toBeNull();
  });

  it('replaces the app with the problem, the backups and a restore button for a damaged file', async () => {
    const backup = {
      path: '/b/huntbook-20260501T100000.000Z-daily.db',
      name: 'huntbook-20260501T100000.000Z-daily.db',
      bytes: 40960,
      createdAt: '2026-05-01T10:00:00Z',
    };
    const s = bind(
      {
        problem: 'corrupt',
        message: 'open database: huntbook.db is not a Huntbook database or is damaged',
        advice: 'Restore the newest backup, huntbook-20260501T100000.000Z-daily.db.',
        backups: [backup],
      },
      () =>
        Promise.resolve({
          ...base,
          problem: 'corrupt',
          backups: [backup],
          restored: backup.name,
          keptAs: '/d/huntbook.db.damaged-20260502T000000Z',
        }),
    );
    renderWithTheme(
      <StartupGate>
        <p>the app</p>
      </StartupGate>,
    );
    expect(await screen.findByRole('heading', { name: 'Your Huntbook data file is damaged' })).toBeTruthy();
    expect(screen.queryByText('the app')).toBeNull();
    expect(screen.getByText(base.path)).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Backups' }).textContent).toContain(backup.name);
    fireEvent.click(screen.getByRole('button', { name: 'Restore the newest backup' }));
    expect(await screen.findByText(/huntbook\.db\.damaged-20260502T000000Z/)).toBeTruthy();
    expect(s.RestoreNewestBackup).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('button', { name: 'Restore the newest backup' })).toBeNull();
  });

  it('says there are no backups, and offers no restore, when there are none', async () => {
    bind({ problem: 'corrupt', message: 'damaged', advice: 'There are no backups in /b.' });
    renderWithTheme(
      <StartupGate>
        <p>the app</p>
      </StartupGate>,
    );
    expect(await screen.findByText('There are no backups in /b.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Restore the newest backup' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Quit Huntbook' })).toBeTruthy();
  });

  it('keeps the app and adds a banner when the data opened read-only', async () => {
    bind({ readOnly: 'the folder /media/cd/huntbook is read-only' });
    renderWithTheme(
      <StartupGate>
        <p>the app</p>
      </StartupGate>,
    );
    expect(await screen.findByText('Read-only: changes cannot be saved')).toBeTruthy();
    expect(screen.getByText('the app')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('the folder /media/cd/huntbook is read-only');
    // Closed, it stays as a badge that opens it again.
    fireEvent.click(screen.getByRole('button', { name: 'Shrink the read-only notice' }));
    expect(screen.queryByText('Read-only: changes cannot be saved')).toBeNull();
    fireEvent.click(screen.getByRole('status'));
    expect(screen.getByText('Read-only: changes cannot be saved')).toBeTruthy();
  });
});
