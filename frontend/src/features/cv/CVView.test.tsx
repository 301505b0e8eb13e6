import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { notifications } from '@mantine/notifications';
import { ApiError, profile } from '../../api';
import { renderWithTheme } from '../../test/render';
import { CVView } from './CVView';
import { forgetDrafts } from './drafts';
import { parsedVersion } from './testdata';

vi.mock('../../api', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../api')>();
  return {
    ...real,
    profile: {
      ...real.profile,
      versions: vi.fn(),
      versionFile: vi.fn(),
      master: vi.fn(),
      saveMaster: vi.fn(),
      saveVersionProfile: vi.fn(),
      mergeIntoMaster: vi.fn(),
      importCVDialog: vi.fn(),
      importCVPath: vi.fn(),
      cancelImport: vi.fn(),
      deleteVersion: vi.fn(),
      onFileDrop: vi.fn(() => () => {}),
    },
  };
});

const p = vi.mocked(profile);
const text = 'Jake Ryan\njake@su.edu\nEXPERIENCE\nUndergraduate Research Assistant';

beforeEach(() => {
  act(() => notifications.clean());
  vi.clearAllMocks();
  forgetDrafts();
  p.versions.mockResolvedValue([parsedVersion()]);
  p.versionFile.mockResolvedValue({
    fileName: 'jake_resume.txt',
    mediaType: 'text/plain',
    data: new TextEncoder().encode(text),
  });
  p.master.mockResolvedValue(profile.emptyProfile());
});

describe('CVView', () => {
  it('opens a version: the document beside its fields, low confidence highlighted, merge by entry', async () => {
    const user = userEvent.setup();
    const merged = profile.profileOf({ basics: { name: 'Jake Ryan' }, work: [{ name: 'Texas A&M University' }] });
    p.mergeIntoMaster.mockResolvedValue(merged);
    renderWithTheme(<CVView />);
    await user.click(await screen.findByRole('button', { name: 'Open jake_resume.pdf' }));
    expect(await screen.findByText(/EXPERIENCE/)).toBeInTheDocument();
    const fields = screen.getByLabelText('Parsed fields');
    const company = within(fields).getByText('Texas A&M University').closest('[data-path]');
    expect(company).toHaveAttribute('data-low', 'true');
    expect(within(fields).getByText('Jake Ryan').closest('[data-path]')).not.toHaveAttribute('data-low');
    expect(within(fields).getByText(/1 value the reader was unsure of is highlighted/)).toBeInTheDocument();
    expect(screen.getByText('No summary found.')).toBeInTheDocument();

    await user.click(
      screen.getByRole('button', { name: 'Merge Work: Undergraduate Research Assistant into the master profile' }),
    );
    expect(p.mergeIntoMaster).toHaveBeenCalledWith(7, ['work[0]']);
    await user.click(screen.getByRole('button', { name: 'Merge Email into the master profile' }));
    expect(p.mergeIntoMaster).toHaveBeenLastCalledWith(7, ['basics.email']);
    await user.click(screen.getByRole('tab', { name: /Master profile/ }));
    expect(await screen.findByLabelText('Name')).toHaveValue('Jake Ryan');
  });

  it('asks for the password of a protected PDF and retries the import with it', async () => {
    const user = userEvent.setup();
    p.importCVDialog.mockResolvedValue({
      status: 'failed',
      code: 'invalid',
      message: 'this PDF is protected by a password',
      field: 'password',
      path: '/home/a/cv.pdf',
    });
    p.importCVPath.mockResolvedValueOnce({
      status: 'failed',
      code: 'invalid',
      message: 'the password does not open this PDF',
      field: 'password',
      path: '/home/a/cv.pdf',
    });
    p.importCVPath.mockImplementationOnce(() => {
      // From now on the backend lists the imported version too.
      const imported = parsedVersion({ id: 9, fileName: 'cv.pdf' });
      p.versions.mockResolvedValue([imported, parsedVersion()]);
      return Promise.resolve({ status: 'done', version: imported, created: true });
    });
    renderWithTheme(<CVView />);
    await user.click(await screen.findByRole('button', { name: 'Import CV…' }));
    const dialog = await screen.findByRole('dialog', { name: 'This PDF needs a password' });
    await user.type(within(dialog).getByLabelText('Password'), 'nope');
    await user.click(within(dialog).getByRole('button', { name: 'Open the PDF' }));
    expect(p.importCVPath).toHaveBeenCalledWith('/home/a/cv.pdf', '', 'nope', expect.anything());
    expect(await screen.findByText(/That password does not open this PDF/)).toBeInTheDocument();
    await user.type(screen.getByLabelText('Password'), 'secret');
    await user.click(screen.getByRole('button', { name: 'Open the PDF' }));
    expect(p.importCVPath).toHaveBeenLastCalledWith('/home/a/cv.pdf', '', 'secret', expect.anything());
    // The imported version opens beside its document.
    expect(await screen.findByRole('heading', { name: 'cv.pdf' })).toBeInTheDocument();
  });

  it('says clearly why an import failed', async () => {
    const user = userEvent.setup();
    p.importCVDialog.mockResolvedValue({
      status: 'failed',
      code: 'unsupported',
      message: 'this PDF has no text layer: it looks scanned; export your CV as a text PDF or DOCX',
      field: '',
      path: '/x/scan.pdf',
    });
    renderWithTheme(<CVView />);
    await user.click(await screen.findByRole('button', { name: 'Import CV…' }));
    const alert = (await screen.findByText('Huntbook cannot read this file')).closest('[role="alert"]');
    expect(alert).toHaveTextContent(
      'This PDF has no text layer: it looks scanned; export your CV as a text PDF or DOCX.',
    );
  });

  it('shows progress with a cancel button while a dropped file is read', async () => {
    let drop: (paths: string[]) => void = () => {};
    p.onFileDrop.mockImplementation((h) => {
      drop = h;
      return () => {};
    });
    let finish: (o: profile.ImportOutcome) => void = () => {};
    p.importCVPath.mockImplementation((_path, _label, _pw, watch) => {
      watch?.onStart?.('cv-import-3');
      watch?.onProgress?.({ id: 'cv-import-3', done: 1, total: 4, message: 'Extracting the text' });
      return new Promise((resolve) => (finish = resolve));
    });
    p.cancelImport.mockResolvedValue();
    const user = userEvent.setup();
    renderWithTheme(<CVView />);
    await screen.findByRole('button', { name: 'Open jake_resume.pdf' });
    drop(['/home/a/cv.docx']);
    const status = await screen.findByRole('status', { name: 'CV import' });
    expect(status).toHaveTextContent('Extracting the text');
    expect(p.importCVPath).toHaveBeenCalledWith('/home/a/cv.docx', '', '', expect.anything());
    await user.click(within(status).getByRole('button', { name: 'Cancel import' }));
    expect(p.cancelImport).toHaveBeenCalledWith('cv-import-3');
    finish({ status: 'cancelled' });
    await waitFor(() => expect(screen.queryByRole('status', { name: 'CV import' })).not.toBeInTheDocument());
    expect(screen.queryByText(/could not be imported/)).not.toBeInTheDocument();
  });

  it('corrects the values read from a CV and saves them with the version', async () => {
    const user = userEvent.setup();
    p.saveVersionProfile.mockRejectedValueOnce(
      new ApiError(
        'invalid',
        'work[0].startDate "spring" is not a date: write 2020, 2020-03 or 2020-03-15',
        'work[0].startDate',
      ),
    );
    p.saveVersionProfile.mockImplementation(async (_id, prof) =>
      parsedVersion({ profile: prof, fields: [{ path: 'basics.email', page: 1, x: 300, y: 740, confidence: 0.95 }] }),
    );
    renderWithTheme(<CVView />);
    await user.click(await screen.findByRole('button', { name: 'Open jake_resume.pdf' }));
    await user.click(await screen.findByRole('button', { name: 'Edit values' }));
    const form = screen.getByRole('form', { name: 'Values read from this CV' });
    const name = within(form).getByLabelText('Name');
    expect(name).toHaveValue('Jake Ryan');
    // Each keystroke re-renders the whole form: paste whole values (one change each), so the test does not
    // spend its time budget typing on a loaded machine.
    await user.clear(name);
    await user.paste('Jacob Ryan');
    await user.click(within(form).getByRole('button', { name: /Work/ }));
    const start = within(form).getAllByLabelText('Start date')[0];
    await user.clear(start);
    await user.paste('spring');
    expect(screen.getByRole('button', { name: 'Done editing' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Merge everything into master' })).toBeDisabled();
    await user.click(within(form).getByRole('button', { name: 'Save profile' }));
    await waitFor(() =>
      expect(start).toHaveAccessibleDescription(
        'Work 1, start date "spring" is not a date: write 2020, 2020-03 or 2020-03-15.',
      ),
    );
    await user.clear(start);
    await user.paste('2020-06');
    await user.click(within(form).getByRole('button', { name: 'Save profile' }));
    await waitFor(() => expect(p.saveVersionProfile).toHaveBeenCalledTimes(2));
    const [id, sent] = p.saveVersionProfile.mock.calls[1];
    expect(id).toBe(7);
    expect(sent.basics.name).toBe('Jacob Ryan');
    expect(sent.work[0].startDate).toBe('2020-06');
    expect(p.saveMaster).not.toHaveBeenCalled();
    await user.click(await screen.findByRole('button', { name: 'Done editing' }));
    const fields = screen.getByLabelText('Parsed fields');
    expect(within(fields).getByText('Jacob Ryan')).toBeInTheDocument();
    // the changed name no longer links to the page it was read from; the email still does
    expect(within(fields).queryByRole('button', { name: /where Name was read/ })).not.toBeInTheDocument();
    expect(within(fields).getByRole('button', { name: /where Email was read/ })).toBeInTheDocument();
  });

  it('shows a refused value under its field in the master editor', async () => {
    const user = userEvent.setup();
    p.master.mockResolvedValue(
      profile.profileOf({ work: [{ name: 'Acme', position: 'Engineer', startDate: '2020-01' }] }),
    );
    p.saveMaster.mockRejectedValue(
      new ApiError(
        'invalid',
        'work[0].startDate "spring" is not a date: write 2020, 2020-03 or 2020-03-15',
        'work[0].startDate',
      ),
    );
    renderWithTheme(<CVView />);
    await user.click(await screen.findByRole('tab', { name: /Master profile/ }));
    await user.click(await screen.findByRole('button', { name: /Work/ }));
    const start = await screen.findByLabelText('Start date');
    await user.clear(start);
    await user.type(start, 'spring');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    await waitFor(() =>
      expect(start).toHaveAccessibleDescription(
        'Work 1, start date "spring" is not a date: write 2020, 2020-03 or 2020-03-15.',
      ),
    );
    expect(p.saveMaster.mock.calls[0][0].work[0].startDate).toBe('spring');
  });
});
