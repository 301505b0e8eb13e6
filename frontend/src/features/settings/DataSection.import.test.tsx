import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, csvImport, data } from '../../api';
import type { CSVPreview } from '../../api/csvImport';
import { renderWithTheme } from '../../test/render';
import { DataSection } from './DataSection';

vi.mock('../../api', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../api')>();
  return {
    ...real,
    data: { ...real.data, info: vi.fn(), backups: vi.fn(), importFromPath: vi.fn() },
    csvImport: { ...real.csvImport, chooseFile: vi.fn(), preview: vi.fn(), importRows: vi.fn() },
  };
});

/** previewOf is a preview as Go sends it: every field, lists empty unless given. */
function previewOf(p: Partial<CSVPreview>): CSVPreview {
  return {
    path: '',
    kind: '',
    encoding: '',
    delimiter: '',
    columns: [],
    fields: [],
    statuses: [],
    targets: [],
    dateOrder: '',
    dateReason: '',
    missing: [],
    rows: [],
    skipped: [],
    total: 0,
    good: 0,
    bad: 0,
    contacts: 0,
    remembered: false,
    mapping: { columns: [], statuses: [], dateOrder: '' },
    ...p,
  };
}

const preview = previewOf({
  kind: 'csv',
  encoding: 'UTF-8',
  delimiter: 'comma',
  columns: [
    { index: 0, header: 'Company', field: 'company', samples: ['Acme'] },
    { index: 1, header: 'Title', field: 'title', samples: ['Dev'] },
  ],
  fields: [
    { value: 'company', label: 'Company' },
    { value: 'title', label: 'Job title' },
  ],
  total: 2,
  good: 1,
  bad: 1,
  rows: [
    {
      line: 2,
      company: 'Acme',
      title: 'Dev',
      stage: 'Applied',
      outcome: 'open',
      dateApplied: '',
      location: '',
      url: '',
      contacts: [],
    },
  ],
  skipped: [{ line: 3, problems: ['company is empty', 'job title is empty'], text: '' }],
  mapping: { columns: ['company', 'title'], statuses: [], dateOrder: '' },
});

beforeEach(() => {
  vi.mocked(data.info).mockResolvedValue({
    dataDir: '/d',
    dbPath: '/d/huntbook.db',
    dbBytes: 1,
    schemaVersion: 15,
    applications: 0,
    notes: 0,
    contacts: 0,
    tasks: 0,
    version: '',
  });
  vi.mocked(data.backups).mockResolvedValue([]);
  vi.mocked(csvImport.chooseFile).mockReset().mockResolvedValue('/home/u/jobs.csv');
  vi.mocked(csvImport.preview).mockReset().mockResolvedValue(preview);
  vi.mocked(csvImport.importRows).mockReset();
});

describe('DataSection import', () => {
  it('opens a CSV in the preview, and the outcome replaces the last error in one place', async () => {
    vi.mocked(csvImport.chooseFile).mockRejectedValueOnce(
      new ApiError('unavailable', 'no window to show a file dialog in'),
    );
    vi.mocked(csvImport.importRows).mockResolvedValue({
      path: '/home/u/jobs.csv',
      applications: 1,
      notes: 0,
      contacts: 0,
      stages: 0,
      skipped: 1,
    });
    renderWithTheme(<DataSection />);
    const button = await screen.findByRole('button', { name: 'Import ZIP or CSV…' });
    fireEvent.click(button);
    expect(await screen.findByRole('alert')).toHaveTextContent('no window to show a file dialog in');

    fireEvent.click(button);
    await screen.findByRole('dialog', { name: 'Import jobs.csv' });
    expect(screen.queryByRole('alert')).toBeNull(); // the old error went when the new import started
    expect(screen.getByText('company is empty; job title is empty')).toBeInTheDocument();
    expect(data.importFromPath).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Import 1 application' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByRole('status')).toHaveTextContent(
      'Imported 1 application from the CSV file. 1 row was skipped.',
    );
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('imports a Huntbook export at once, without a preview', async () => {
    vi.mocked(csvImport.chooseFile).mockResolvedValue('/home/u/backup.zip');
    vi.mocked(csvImport.preview).mockResolvedValue(previewOf({ kind: 'zip' }));
    vi.mocked(data.importFromPath).mockResolvedValue({
      path: '/home/u/backup.zip',
      kind: 'zip',
      applications: 2,
      notes: 0,
      contacts: 0,
      tasks: 0,
      stages: 0,
      other: 0,
      skipped: 0,
      settings: [],
      settingsToken: '',
    });
    renderWithTheme(<DataSection />);
    fireEvent.click(await screen.findByRole('button', { name: 'Import ZIP or CSV…' }));
    expect(await screen.findByText(/Imported 2 applications from the Huntbook export/)).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
