import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, data, pipeline, settings } from '../../api';
import { renderWithTheme } from '../../test/render';
import { DataSection } from './DataSection';
import { PreferencesSection } from './PreferencesSection';
import { StagesSection, moved } from './StagesSection';

vi.mock('../../api', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../api')>();
  return {
    ...real,
    data: {
      ...real.data,
      info: vi.fn(),
      backups: vi.fn(),
      wipe: vi.fn(),
      restoreBackup: vi.fn(),
      importFile: vi.fn(),
      exportArchive: vi.fn(),
      backupNow: vi.fn(),
    },
    pipeline: {
      ...real.pipeline,
      stages: vi.fn(),
      removeStage: vi.fn(),
      reorderStages: vi.fn(),
      renameStage: vi.fn(),
      addStage: vi.fn(),
    },
    settings: { ...real.settings, get: vi.fn(), save: vi.fn() },
  };
});

const info = {
  dataDir: '/home/u/.local/share/huntbook',
  dbPath: '/home/u/.local/share/huntbook/huntbook.db',
  dbBytes: 90_000,
  schemaVersion: 7,
  applications: 3,
  notes: 1,
  contacts: 2,
  tasks: 0,
  version: '1.0.0',
};
const stages = ['Wishlist', 'Applied', 'Interview'].map((name, i) => ({ id: i + 1, name, position: i }));

beforeEach(() => {
  vi.mocked(data.info).mockResolvedValue(info);
  vi.mocked(data.backups).mockResolvedValue([
    { path: '/b/auto-1.db', name: 'auto-1.db', bytes: 2048, createdAt: '2025-03-01T10:00:00Z' },
  ]);
  vi.mocked(data.wipe).mockReset().mockResolvedValue();
  vi.mocked(data.restoreBackup).mockReset().mockResolvedValue();
  vi.mocked(pipeline.stages).mockResolvedValue(stages);
  vi.mocked(pipeline.removeStage).mockReset().mockResolvedValue();
});

describe('DataSection', () => {
  it('shows the data folder and wipes only after DELETE is typed exactly', async () => {
    renderWithTheme(<DataSection />);
    expect(await screen.findByText(info.dataDir)).toBeInTheDocument();
    expect(screen.getByText('3 applications, 2 contacts, 0 tasks, 1 note')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Delete all data…' }));
    const confirm = await screen.findByRole('button', { name: 'Delete everything' });
    expect(confirm).toBeDisabled();
    fireEvent.change(screen.getByLabelText('Type DELETE to confirm'), { target: { value: 'delete' } });
    expect(confirm).toBeDisabled();
    fireEvent.change(screen.getByLabelText('Type DELETE to confirm'), { target: { value: 'DELETE' } });
    expect(confirm).toBeEnabled();
    fireEvent.click(confirm);
    await waitFor(() => expect(data.wipe).toHaveBeenCalledTimes(1));
  });

  it('restores a backup by name after confirming, and shows a backend error', async () => {
    vi.mocked(data.restoreBackup).mockRejectedValueOnce(new ApiError('corrupt', 'the backup is damaged'));
    renderWithTheme(<DataSection />);
    fireEvent.click(await screen.findByRole('button', { name: 'Restore auto-1.db' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Restore' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('the backup is damaged');
    expect(data.restoreBackup).toHaveBeenCalledWith('auto-1.db');
  });
});

describe('StagesSection', () => {
  it('removes a stage moving its applications to the chosen one', async () => {
    renderWithTheme(<StagesSection />);
    fireEvent.click(await screen.findByRole('button', { name: 'Remove Applied' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Move its applications to'), { target: { value: '3' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Remove stage' }));
    await waitFor(() => expect(pipeline.removeStage).toHaveBeenCalledWith(2, 3));
  });

  it('swaps neighbours and ignores moves past the ends', () => {
    expect(moved([1, 2, 3], 1, -1)).toEqual([2, 1, 3]);
    expect(moved([1, 2, 3], 1, 1)).toEqual([1, 3, 2]);
    expect(moved([1, 2, 3], 0, -1)).toEqual([1, 2, 3]);
    expect(moved([1, 2, 3], 2, 1)).toEqual([1, 2, 3]);
  });
});

describe('PreferencesSection', () => {
  it('saves the theme and shows a field error from the backend under its field', async () => {
    vi.mocked(settings.get).mockResolvedValue({ ...settings.defaultPreferences, theme: 'system' });
    vi.mocked(settings.save).mockImplementation(async (p) => p);
    renderWithTheme(<PreferencesSection />);
    fireEvent.click(await screen.findByLabelText('Dark'));
    await waitFor(() => expect(settings.save).toHaveBeenCalledWith({ ...settings.defaultPreferences, theme: 'dark' }));
    vi.mocked(settings.save).mockRejectedValueOnce(
      new ApiError('invalid', 'closed cards must fade or go to their own lane', 'closedCards'),
    );
    fireEvent.click(screen.getByLabelText('Move to a Closed lane'));
    expect(await screen.findByText('closed cards must fade or go to their own lane')).toBeInTheDocument();
    expect(screen.getByLabelText('Fade in their column')).toBeChecked();
  });
});
