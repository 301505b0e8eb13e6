import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, events, mailAccount } from '../../api';
import { renderWithTheme } from '../../test/render';
import { MailAccountSection } from './MailAccountSection';

vi.mock('../../api', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../api')>();
  return {
    ...real,
    mailAccount: {
      ...real.mailAccount,
      account: vi.fn(),
      save: vi.fn(),
      test: vi.fn(),
      sync: vi.fn(),
      cancel: vi.fn(),
      disconnect: vi.fn(),
    },
    events: { ...real.events, onJobDone: vi.fn(), onJobProgress: vi.fn() },
  };
});

const empty: mailAccount.MailAccount = {
  configured: false,
  host: '',
  port: 993,
  security: 'tls',
  user: '',
  folders: ['INBOX'],
  sinceDays: 90,
  intervalMinutes: 0,
  passwordSaved: false,
  passwordRemembered: false,
  keychainAvailable: true,
  lastSync: '',
  lastAttempt: '',
  lastError: '',
  syncing: false,
  folderStates: [],
};

const saved: mailAccount.MailAccount = {
  ...empty,
  configured: true,
  host: 'imap.example.com',
  user: 'jordan@example.com',
  folders: ['INBOX', 'Jobs'],
  passwordSaved: true,
  passwordRemembered: true,
  lastSync: '2026-12-01T09:00:00Z',
  lastAttempt: '2026-12-01T09:00:00Z',
  folderStates: [{ folder: 'INBOX', uidValidity: 7, lastUid: 412, lastSync: '2026-12-01T09:00:00Z' }],
};

let jobDone: ((d: events.JobDone) => void) | null = null;

beforeEach(() => {
  for (const f of Object.values(mailAccount)) if (vi.isMockFunction(f)) f.mockReset();
  jobDone = null;
  vi.mocked(events.onJobDone).mockImplementation((h) => {
    jobDone = h;
    return () => {};
  });
  vi.mocked(events.onJobProgress).mockImplementation(() => () => {});
});

describe('MailAccountSection', () => {
  it('says what read-only means, saves a new account and shows a refused field under it', async () => {
    vi.mocked(mailAccount.account).mockResolvedValue(empty);
    vi.mocked(mailAccount.save)
      .mockRejectedValueOnce(
        new ApiError('invalid', 'enter the password (many providers want an app password for IMAP)', 'password'),
      )
      .mockResolvedValueOnce(saved);
    renderWithTheme(<MailAccountSection />);
    expect(await screen.findByText('Not set up')).toBeInTheDocument();
    expect(screen.getByText(/opens folders with IMAP EXAMINE, never sets flags/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Check mail now' })).toBeDisabled();
    expect(screen.getByLabelText('Check automatically while open')).toHaveValue('0');

    fireEvent.change(screen.getByLabelText('Server'), { target: { value: ' imap.example.com ' } });
    fireEvent.change(screen.getByLabelText('User name'), { target: { value: 'jordan@example.com' } });
    fireEvent.change(screen.getByLabelText('Folders'), { target: { value: 'INBOX, Jobs,' } });
    fireEvent.change(screen.getByLabelText('Security'), { target: { value: 'starttls' } });
    expect(screen.getByLabelText('Port')).toHaveValue('143');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(mailAccount.save).toHaveBeenCalledWith({
        host: 'imap.example.com',
        port: 143,
        security: 'starttls',
        user: 'jordan@example.com',
        password: '',
        rememberPassword: true,
        folders: ['INBOX', 'Jobs'],
        sinceDays: 90,
        intervalMinutes: 0,
      }),
    );
    expect(await screen.findByText(/enter the password \(many providers/)).toBeInTheDocument();

    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'app-pass' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Account saved.')).toBeInTheDocument();
    expect(vi.mocked(mailAccount.save).mock.calls[1]?.[0].password).toBe('app-pass');
  });

  it('tests the connection, checks mail now and shows what the check did or why it failed', async () => {
    vi.mocked(mailAccount.account).mockResolvedValue({
      ...saved,
      lastError: 'imap.example.com did not answer LOGIN within 1m0s',
    });
    vi.mocked(mailAccount.test)
      .mockResolvedValueOnce({
        message: 'Connected to imap.example.com as jordan@example.com: 2 folders, 40 messages, opened read-only.',
        folders: [],
        available: ['Archive', 'INBOX', 'Jobs'],
      })
      .mockRejectedValueOnce(
        new ApiError('not_found', 'folder "Jobz" cannot be opened on imap.example.com', 'folders'),
      );
    vi.mocked(mailAccount.sync).mockResolvedValue('mail-sync-1');
    renderWithTheme(<MailAccountSection />);
    expect(await screen.findByText(/Last checked:/)).toBeInTheDocument();
    expect(screen.getByText('INBOX: read up to message 412')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('did not answer LOGIN');
    await waitFor(() => expect(screen.getByLabelText('Server')).toHaveValue('imap.example.com'));

    fireEvent.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(await screen.findByText(/opened read-only\./)).toBeInTheDocument();
    expect(screen.getByText('Folders on the server: Archive, INBOX, Jobs')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Folders'), { target: { value: 'Jobz' } });
    fireEvent.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(await screen.findByText(/folder "Jobz" cannot be opened/)).toBeInTheDocument();
    // An edited form is saved before checking.
    expect(screen.getByRole('button', { name: 'Check mail now' })).toBeDisabled();
    fireEvent.change(screen.getByLabelText('Folders'), { target: { value: 'INBOX, Jobs' } });

    fireEvent.click(screen.getByRole('button', { name: 'Check mail now' }));
    await waitFor(() => expect(mailAccount.sync).toHaveBeenCalled());
    expect(await screen.findByRole('button', { name: 'Stop' })).toBeInTheDocument();
    act(() =>
      jobDone?.({
        id: 'mail-sync-1',
        ok: true,
        cancelled: false,
        errorCode: '',
        errorMessage: '',
        result: {
          folders: [{ folder: 'INBOX', new: 3, skippedParts: 0, reset: true }],
          fetched: 3,
          kept: 1,
          known: 0,
          notJob: 2,
          broken: 0,
        },
      }),
    );
    const report = await screen.findByText(/^Read 3 new messages/);
    expect(report).toHaveTextContent(
      'Read 3 new messages: 1 job-related message added to the Inbox, 2 messages not about a job (not kept). The server renumbered INBOX, so it was read again.',
    );
    expect(screen.queryByRole('button', { name: 'Stop' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Check mail now' }));
    await waitFor(() => expect(mailAccount.sync).toHaveBeenCalledTimes(2));
    act(() =>
      jobDone?.({
        id: 'mail-sync-1',
        ok: false,
        cancelled: false,
        errorCode: 'invalid',
        errorMessage: 'imap.example.com refused the user name or password',
      }),
    );
    const failed = await screen.findByText(/refused the user name or password/);
    expect(failed.closest('[role="alert"]')).toHaveTextContent('Check mail');
  });
});
