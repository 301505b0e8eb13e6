import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, csvImport } from '../../api';
import type { CSVMapping, CSVPreview } from '../../api/csvImport';
import { renderWithTheme } from '../../test/render';
import { CSVImportDialog } from './CSVImportDialog';
import { previewSummary, resultSummary } from './summary';

vi.mock('../../api', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../api')>();
  return {
    ...real,
    csvImport: { ...real.csvImport, preview: vi.fn(), importRows: vi.fn(), saveSkipped: vi.fn() },
  };
});

const targets = [
  { value: 'stage:Wishlist', label: 'Stage: Wishlist' },
  { value: 'stage:Applied', label: 'Stage: Applied' },
  { value: 'stage:Screening', label: 'Stage: Screening' },
  { value: 'stage:Offer', label: 'Stage: Offer' },
  { value: 'outcome:rejected', label: 'Closed: rejected' },
];
const fields = [
  { value: 'company', label: 'Company' },
  { value: 'title', label: 'Job title' },
  { value: 'stage', label: 'Stage or status' },
  { value: 'applied', label: 'Date applied' },
];

/** preview builds what the backend would say for mapping m. */
function preview(m: Partial<CSVMapping> = {}, over: Partial<CSVPreview> = {}): CSVPreview {
  const offer = m.statuses?.find((s) => s.status === 'Offer Received')?.target ?? 'stage:Offer';
  const columns = m.columns?.length ? m.columns : ['company', 'title', 'stage', 'applied'];
  return {
    path: '/home/u/huntr.csv',
    kind: 'csv',
    encoding: 'UTF-8',
    delimiter: 'semicolon',
    columns: ['Company Name', 'Role Title', 'Status', 'Date Applied'].map((header, index) => ({
      index,
      header,
      field: columns[index] ?? '',
      samples: [`${header} example`],
    })),
    fields,
    statuses: [
      {
        status: 'Offer Received',
        count: 1,
        target: offer,
        reason: offer === 'stage:Offer' ? 'nearest stage' : 'your choice',
      },
      { status: 'Rejected', count: 1, target: 'outcome:rejected', reason: 'an outcome, not a stage' },
    ],
    targets,
    dateOrder: m.dateOrder || 'dmy',
    dateReason: 'Day first: line 2 has "25/03/2026", which can only be day/month.',
    missing: [],
    rows: [
      {
        line: 2,
        company: 'Acme',
        title: 'Engineer',
        stage: offer.replace(/^\w+:/, ''),
        outcome: 'open',
        dateApplied: '2026-03-25',
        location: '',
        url: '',
        contacts: ['Rita Recruiter'],
      },
      {
        line: 3,
        company: 'Beta',
        title: 'Dev',
        stage: 'Applied',
        outcome: 'rejected',
        dateApplied: '2026-03-26',
        location: '',
        url: '',
        contacts: [],
      },
    ],
    skipped: [{ line: 4, problems: ['company is empty', 'applied "someday" is not a date'], text: 'Dev · Applied' }],
    total: 3,
    good: 2,
    bad: 1,
    contacts: 1,
    remembered: false,
    mapping: {
      columns,
      statuses: [
        { status: 'Offer Received', target: offer },
        { status: 'Rejected', target: 'outcome:rejected' },
      ],
      dateOrder: m.dateOrder ?? '',
    },
    ...over,
  };
}

beforeEach(() => {
  vi.mocked(csvImport.preview)
    .mockReset()
    .mockImplementation((_path, m) => Promise.resolve(preview(m)));
  vi.mocked(csvImport.importRows).mockReset();
  vi.mocked(csvImport.saveSkipped).mockReset();
});

function open(initial = preview()) {
  const onImported = vi.fn();
  const onClose = vi.fn();
  renderWithTheme(
    <CSVImportDialog path="/home/u/huntr.csv" initial={initial} onClose={onClose} onImported={onImported} />,
  );
  return { onImported, onClose };
}

describe('CSVImportDialog', () => {
  it('shows columns, statuses, dates, the rows to save and the rows to skip before anything is written', () => {
    open();
    const dialog = screen.getByRole('dialog', { name: 'Import huntr.csv' });
    expect(
      within(dialog).getByText(/3 rows \(UTF-8, semicolon-separated\)\. 2 applications will be imported/),
    ).toBeInTheDocument();
    expect(screen.getByLabelText<HTMLSelectElement>('Field for column Role Title').value).toBe('title');
    expect(screen.getByLabelText<HTMLSelectElement>('Where “Offer Received” goes').value).toBe('stage:Offer');
    expect(screen.getByText(/Day first: line 2/)).toBeInTheDocument();
    const rows = within(screen.getByRole('table', { name: 'Rows to import' })).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Acme');
    expect(rows[1]).toHaveTextContent('Rita Recruiter');
    expect(rows[2]).toHaveTextContent('rejected');
    const skipped = within(screen.getByRole('table', { name: 'Rows to skip' })).getAllByRole('row');
    expect(skipped[1]).toHaveTextContent('4');
    expect(skipped[1]).toHaveTextContent('company is empty; applied "someday" is not a date');
    expect(screen.getByRole('heading', { name: '1 row will be skipped' })).toBeInTheDocument();
    expect(csvImport.preview).not.toHaveBeenCalled(); // the first preview is shown as it came
    expect(csvImport.importRows).not.toHaveBeenCalled();
  });

  it('reads the file again with a changed status and imports with the mapping shown', async () => {
    vi.mocked(csvImport.importRows).mockResolvedValue({
      path: '/home/u/huntr.csv',
      applications: 2,
      notes: 0,
      contacts: 1,
      stages: 1,
      skipped: 1,
    });
    const { onImported } = open();
    fireEvent.change(screen.getByLabelText('Where “Offer Received” goes'), { target: { value: 'new:Offer Received' } });
    await waitFor(() => expect(csvImport.preview).toHaveBeenCalledTimes(1));
    const sent = vi.mocked(csvImport.preview).mock.calls[0][1];
    expect(sent.statuses).toEqual([
      { status: 'Offer Received', target: 'new:Offer Received' },
      { status: 'Rejected', target: 'outcome:rejected' },
    ]);
    expect(sent.columns).toEqual(['company', 'title', 'stage', 'applied']);
    const rows = await screen.findAllByRole('row');
    await waitFor(() => expect(rows.some((r) => r.textContent.includes('Offer Received'))).toBe(true));
    fireEvent.click(screen.getByRole('button', { name: 'Import 2 applications' }));
    await waitFor(() => expect(onImported).toHaveBeenCalledTimes(1));
    expect(vi.mocked(csvImport.importRows).mock.calls[0]).toEqual(['/home/u/huntr.csv', sent]);
  });

  it('changes a column and the date order', async () => {
    open();
    fireEvent.change(screen.getByLabelText('Field for column Date Applied'), { target: { value: '' } });
    await waitFor(() => expect(csvImport.preview).toHaveBeenCalledTimes(1));
    expect(vi.mocked(csvImport.preview).mock.calls[0][1].columns).toEqual(['company', 'title', 'stage', '']);
    fireEvent.change(screen.getByLabelText('Order of day and month'), { target: { value: 'mdy' } });
    await waitFor(() => expect(csvImport.preview).toHaveBeenCalledTimes(2));
    expect(vi.mocked(csvImport.preview).mock.calls[1][1]).toMatchObject({
      columns: ['company', 'title', 'stage', ''],
      dateOrder: 'mdy',
    });
  });

  it('cannot import until a column holds the company, and says so', () => {
    open(preview({}, { missing: ['Company'], rows: [], skipped: [], good: 0, bad: 0 }));
    expect(screen.getByRole('alert')).toHaveTextContent('Which column holds Company?');
    expect(screen.getByRole('button', { name: 'Nothing to import' })).toBeDisabled();
  });

  it('saves the skipped rows and shows one message at a time', async () => {
    vi.mocked(csvImport.saveSkipped).mockResolvedValueOnce('/home/u/huntr-skipped.csv');
    vi.mocked(csvImport.importRows).mockRejectedValueOnce(new ApiError('internal', 'the database is busy'));
    open();
    fireEvent.click(screen.getByRole('button', { name: 'Import 2 applications' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('the database is busy');
    fireEvent.click(screen.getByRole('button', { name: 'Save skipped rows as CSV…' }));
    await screen.findByText(/Saved the skipped rows to \/home\/u\/huntr-skipped.csv/);
    expect(screen.queryByRole('alert')).toBeNull(); // the old error went with the new message
    expect(vi.mocked(csvImport.saveSkipped).mock.calls[0][0]).toBe('/home/u/huntr.csv');
  });
});

describe('summaries', () => {
  it('say what the preview and the import do, in the singular when it is one', () => {
    expect(previewSummary(preview({}, { good: 1, bad: 1, contacts: 0, total: 2 }))).toBe(
      '2 rows (UTF-8, semicolon-separated). 1 application will be imported, 1 row with problems will be skipped.',
    );
    expect(resultSummary({ path: '', applications: 300, notes: 0, contacts: 30, stages: 0, skipped: 2 })).toBe(
      'Imported 300 applications and 30 contacts from the CSV file. 2 rows were skipped.',
    );
  });
});
