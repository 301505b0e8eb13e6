import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IconBriefcase, IconLayoutKanban } from '@tabler/icons-react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, applications, csvImport, data, settings } from '../../api';
import { renderWithTheme, testQueryClient } from '../../test/render';
import { queryKeys } from '../../app/queryKeys';
import { app } from '../../test/applications';
import { closeApplication, openedApplication } from '../../app/navigation';
import { assignLetters, Commands } from './Commands';
import { matches } from './Palette';
import { isTyping } from './shortcuts';

vi.mock('../../api', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../api')>();
  return {
    ...real,
    applications: { ...real.applications, list: vi.fn() },
    settings: { ...real.settings, get: vi.fn(), save: vi.fn() },
    data: { ...real.data, exportArchive: vi.fn(), importFile: vi.fn(), importFromPath: vi.fn() },
    csvImport: { ...real.csvImport, chooseFile: vi.fn(), preview: vi.fn(), importRows: vi.fn() },
  };
});

const views = [
  { view: 'applications', label: 'Applications', icon: IconBriefcase },
  { view: 'board', label: 'Board', icon: IconLayoutKanban },
  { view: 'later', label: 'Later', icon: IconBriefcase, ready: false },
];

beforeEach(() => {
  vi.clearAllMocks();
  vi.mocked(applications.list).mockImplementation(async (q) =>
    q?.search === 'acme'
      ? { items: [app({ id: 42, company: 'Acme', title: 'Go Engineer', stage: 'Applied' })], total: 1 }
      : { items: [], total: 0 },
  );
  vi.mocked(settings.get).mockResolvedValue({ ...settings.defaultPreferences, theme: 'system' });
  vi.mocked(settings.save).mockImplementation(async (p) => p);
});
afterEach(() => act(() => closeApplication()));

function mount(client = testQueryClient()) {
  const onNavigate = vi.fn();
  const onAdd = vi.fn();
  renderWithTheme(<Commands views={views} onNavigate={onNavigate} onAddApplication={onAdd} />, client);
  return { onNavigate, onAdd };
}

describe('shortcuts', () => {
  it('gives each view its own letter, never g', () => {
    const keys = assignLetters([
      { view: 'applications', label: 'Applications' },
      { view: 'assistant', label: 'Assistant' },
      { view: 'settings', label: 'Settings' },
      { view: 'graphs', label: 'Graphs' },
      { view: 'agenda', label: 'Interviews' },
    ]);
    expect(keys.map((k) => k.key)).toEqual(['a', 'm', 's', 'r', 'v']);
  });

  it('jumps with g then a letter and Alt+digit, but not while typing', () => {
    const { onNavigate } = mount();
    fireEvent.keyDown(window, { key: 'g' });
    fireEvent.keyDown(window, { key: 'b' });
    expect(onNavigate).toHaveBeenLastCalledWith('board');
    fireEvent.keyDown(window, { key: '1', code: 'Digit1', altKey: true });
    expect(onNavigate).toHaveBeenLastCalledWith('applications');
    expect(onNavigate).toHaveBeenCalledTimes(2);

    const input = document.createElement('input');
    document.body.appendChild(input);
    fireEvent.keyDown(input, { key: 'g' });
    fireEvent.keyDown(input, { key: 'b' });
    fireEvent.keyDown(input, { key: '?' });
    expect(onNavigate).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('dialog', { name: 'Keyboard shortcuts' })).toBeNull();
    input.remove();
    expect(isTyping(document.createElement('textarea'))).toBe(true);
  });

  it('opens the help panel with ?', async () => {
    mount();
    fireEvent.keyDown(window, { key: '?' });
    const table = await screen.findByRole('table', { name: 'Keyboard shortcuts' });
    expect(table).toHaveTextContent('Go to Board (also Alt+2)');
    expect(table).not.toHaveTextContent('Later');
  });
});

describe('command palette', () => {
  it('matches every word of the query', () => {
    expect(matches('go board', 'Go to Board')).toBe(true);
    expect(matches('dark', 'Switch to dark theme')).toBe(true);
    expect(matches('csv', 'Import data', 'csv zip')).toBe(true);
    expect(matches('go zzz', 'Go to Board')).toBe(false);
  });

  it('opens with Ctrl+K even from a text field and runs a command', async () => {
    const { onNavigate } = mount();
    const input = document.createElement('input');
    document.body.appendChild(input);
    input.focus();
    fireEvent.keyDown(input, { key: 'k', ctrlKey: true });
    input.remove();
    const search = await screen.findByRole('textbox', { name: 'Command palette' });
    await userEvent.type(search, 'board');
    await userEvent.click(await screen.findByRole('button', { name: 'Go to Board' }));
    expect(onNavigate).toHaveBeenCalledWith('board');
  });

  it('searches applications through the backend and opens one', async () => {
    mount();
    fireEvent.keyDown(document.body, { key: 'k', ctrlKey: true });
    const search = await screen.findByRole('textbox', { name: 'Command palette' });
    await userEvent.type(search, 'acme');
    // Named by what it shows, starting with the title (WCAG 2.5.3, label in name).
    const hit = await screen.findByRole('button', { name: /^Go Engineer Acme/ });
    expect(applications.list).toHaveBeenCalledWith({ search: 'acme', limit: 8 });
    await userEvent.click(hit);
    expect(openedApplication()).toBe(42);
  });

  it('is a dialog named Command palette', async () => {
    mount();
    fireEvent.keyDown(document.body, { key: 'k', ctrlKey: true });
    expect(await screen.findByRole('dialog', { name: 'Command palette' })).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Command palette' })).toBeNull());
  });

  it('runs the first match on Enter, without ↓ first', async () => {
    const { onNavigate } = mount();
    fireEvent.keyDown(document.body, { key: 'k', ctrlKey: true });
    const search = await screen.findByRole('textbox', { name: 'Command palette' });
    await userEvent.type(search, 'board');
    // The backend's answer for "board" (no application) has come back.
    await waitFor(() => expect(applications.list).toHaveBeenCalledWith({ search: 'board', limit: 8 }));
    await userEvent.keyboard('{Enter}');
    expect(onNavigate).toHaveBeenCalledWith('board');
  });

  it('runs the first application found on Enter once the search answers', async () => {
    mount();
    fireEvent.keyDown(document.body, { key: 'k', ctrlKey: true });
    const search = await screen.findByRole('textbox', { name: 'Command palette' });
    await userEvent.type(search, 'acme');
    await screen.findByRole('button', { name: /^Go Engineer Acme/ });
    await userEvent.keyboard('{Enter}');
    expect(openedApplication()).toBe(42);
  });

  it('does not run a stale application on Enter typed before the search answers', async () => {
    vi.mocked(applications.list).mockImplementation(async (q) =>
      q?.search
        ? { items: [], total: 0 }
        : { items: [app({ id: 42, company: 'Acme', title: 'Go Engineer', stage: 'Applied' })], total: 1 },
    );
    const { onNavigate } = mount();
    fireEvent.keyDown(document.body, { key: 'k', ctrlKey: true });
    const search = await screen.findByRole('textbox', { name: 'Command palette' });
    // The recent applications are listed first for an empty query.
    await screen.findByRole('button', { name: /^Go Engineer Acme/ });
    // Typed and sent faster than the search's debounce: the recent list is stale.
    fireEvent.change(search, { target: { value: 'go to board' } });
    fireEvent.keyDown(search, { key: 'Enter', code: 'Enter' });
    expect(openedApplication()).toBe(0);
    expect(onNavigate).toHaveBeenCalledWith('board');
  });

  it('switches the theme and saves the choice where every view reads it', async () => {
    const client = testQueryClient();
    mount(client);
    fireEvent.keyDown(document.body, { key: 'k', ctrlKey: true });
    await userEvent.type(await screen.findByRole('textbox', { name: 'Command palette' }), 'theme');
    await userEvent.click(await screen.findByRole('button', { name: /Switch to dark theme/ }));
    await waitFor(() => expect(settings.save).toHaveBeenCalledWith({ ...settings.defaultPreferences, theme: 'dark' }));
    expect(document.documentElement).toHaveAttribute('data-mantine-color-scheme', 'dark');
    // Settings reads the preferences query: it shows the new theme without a reload.
    await waitFor(() =>
      expect(client.getQueryData(queryKeys.settings.preferences)).toEqual({
        ...settings.defaultPreferences,
        theme: 'dark',
      }),
    );
  });

  it('exports through the backend and shows a failure as a message', async () => {
    vi.mocked(data.exportArchive).mockRejectedValue(new ApiError('internal', 'disk full'));
    mount();
    fireEvent.keyDown(document.body, { key: 'k', ctrlKey: true });
    await userEvent.type(await screen.findByRole('textbox', { name: 'Command palette' }), 'export');
    await userEvent.click(await screen.findByRole('button', { name: /Export data/ }));
    expect(data.exportArchive).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('disk full')).toBeInTheDocument();
  });

  it('imports a CSV through the preview, as Settings and the first run do, not all or nothing', async () => {
    vi.mocked(csvImport.chooseFile).mockResolvedValue('/home/u/huntr.csv');
    vi.mocked(csvImport.preview).mockResolvedValue({
      path: '/home/u/huntr.csv',
      kind: 'csv',
      encoding: 'UTF-8',
      delimiter: 'comma',
      columns: [{ index: 0, header: 'Company', field: 'company', samples: ['Acme'] }],
      fields: [{ value: 'company', label: 'Company' }],
      statuses: [],
      targets: [],
      dateOrder: '',
      dateReason: '',
      missing: [],
      rows: [],
      skipped: [{ line: 3, problems: ['company is empty'], text: '' }],
      total: 2,
      good: 1,
      bad: 1,
      contacts: 0,
      remembered: false,
      mapping: { columns: ['company'], statuses: [], dateOrder: '' },
    });
    vi.mocked(csvImport.importRows).mockResolvedValue({
      path: '/home/u/huntr.csv',
      applications: 1,
      notes: 0,
      contacts: 0,
      stages: 0,
      skipped: 1,
    });
    mount();
    fireEvent.keyDown(document.body, { key: 'k', ctrlKey: true });
    await userEvent.type(await screen.findByRole('textbox', { name: 'Command palette' }), 'import');
    await userEvent.click(await screen.findByRole('button', { name: /Import data/ }));
    const preview = await screen.findByRole('dialog', { name: 'Import huntr.csv' });
    expect(preview).toHaveTextContent('company is empty');
    expect(data.importFile).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Import 1 application' }));
    expect(await screen.findByText('Imported 1 application from the CSV file. 1 row was skipped.')).toBeInTheDocument();
    expect(csvImport.importRows).toHaveBeenCalledWith(
      '/home/u/huntr.csv',
      expect.objectContaining({ columns: ['company'] }),
    );
  });
});
