import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { notifications } from '@mantine/notifications';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, events, mail, mailAccount } from '../../api';
import { renderWithTheme } from '../../test/render';
import { InboxView, reportSummary } from './InboxView';
import { action, headline, sentence } from './sentence';

vi.mock('../../api', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../api')>();
  return {
    ...real,
    mail: {
      ...real.mail,
      proposals: vi.fn(),
      history: vi.fn(),
      confirm: vi.fn(),
      confirmMany: vi.fn(),
      dismiss: vi.fn(),
      paste: vi.fn(),
      importDialog: vi.fn(),
      importFolderDialog: vi.fn(),
      importPaths: vi.fn(),
      settings: vi.fn(),
      saveSettings: vi.fn(),
    },
    // No IMAP account unless a test sets one up.
    mailAccount: {
      ...real.mailAccount,
      account: vi.fn(() => Promise.reject(new real.ApiError('unavailable', 'no backend'))),
      sync: vi.fn(),
    },
    events: { ...real.events, onJobDone: vi.fn(() => () => {}), onJobProgress: vi.fn(() => () => {}) },
  };
});

/** message is a stored job e-mail as Go sends it. */
function message(over: Partial<mail.MailMessage> = {}): mail.MailMessage {
  return {
    id: 1,
    messageId: 'r1@rapid7.com',
    fromName: 'Rapid7 Careers',
    fromEmail: 'careers@rapid7.com',
    date: '2026-03-10T15:04:00Z',
    subject: 'Your application to Rapid7',
    snippet: 'Thank you for your interest. Unfortunately we will not move forward.',
    fullText: '',
    kind: 'rejection',
    confidence: 0.92,
    reasons: ['says "unfortunately"'],
    facts: { company: 'Rapid7', title: '', requisition: '', platform: '', language: 'en', interview: null, slots: [] },
    match: {
      applicationId: 7,
      company: 'Rapid7',
      title: 'Cyber Threat Intelligence Analyst',
      stage: 'Applied',
      outcome: 'open',
      confidence: 0.88,
      reasons: ['sent from @rapid7.com'],
    },
    status: 'proposed',
    origin: 'file',
    source: 'inbox.mbox',
    importedAt: '2026-03-11T09:00:00Z',
    decidedAt: null,
    ...over,
  };
}

const interview = message({
  id: 2,
  kind: 'interview',
  subject: 'Interview for Policy Researcher',
  fromName: 'Pat',
  fromEmail: 'pat@rand.org',
  facts: {
    company: 'RAND',
    title: 'Policy Researcher',
    requisition: '',
    platform: '',
    language: 'en',
    interview: null,
    slots: [
      { start: '2026-03-24T16:00:00Z', end: '', text: 'Tuesday 4 pm' },
      { start: '2026-03-25T10:00:00Z', end: '', text: 'Wednesday 10 am' },
    ],
  },
  match: {
    applicationId: 9,
    company: 'RAND',
    title: 'Policy Researcher',
    stage: 'Applied',
    outcome: 'open',
    confidence: 0.9,
    reasons: [],
  },
});

beforeEach(() => {
  for (const fn of Object.values(mail)) if (vi.isMockFunction(fn)) fn.mockReset();
  vi.mocked(mail.history).mockResolvedValue([]);
  notifications.clean();
});

describe('the proposal sentence', () => {
  it('says what the message is and what confirming does', () => {
    expect(sentence(message())).toBe(
      'Rejection from Rapid7 for Cyber Threat Intelligence Analyst → set outcome Rejected',
    );
    expect(action(interview)).toBe('move to Interviewing');
    const booked = message({
      kind: 'interview',
      facts: { ...interview.facts, interview: { start: '2026-03-24T16:00:00Z', end: '', text: '' } },
    });
    expect(headline(booked)).toMatch(/^Interview with Rapid7 on .+2026.+ for Cyber Threat Intelligence Analyst$/);
    expect(action(booked)).toBe('add interview, move to Interviewing');
    expect(action(message({ match: null, kind: 'outreach' }))).toBe('add a new application for Rapid7');
    expect(action(message({ match: null }))).toBe('');
  });

  it('summarises an import', () => {
    expect(
      reportSummary({
        read: 40,
        kept: 3,
        autoApplied: 0,
        known: 2,
        other: 34,
        broken: [{ source: 'a.mbox', position: 7, error: 'too large' }],
        cancelled: false,
      }),
    ).toBe('Read 40 messages, 3 job e-mails to review, 2 read before, 34 not about a job (not kept), 1 unreadable.');
  });
});

describe('InboxView', () => {
  it('explains privacy when there is nothing to review', async () => {
    vi.mocked(mail.proposals).mockResolvedValue([]);
    renderWithTheme(<InboxView />);
    expect(await screen.findByText('No job e-mail to review')).toBeInTheDocument();
    expect(screen.getByText(/Nothing leaves this computer/)).toBeInTheDocument();
  });

  it('confirms a proposal, shows why, and drops it from the list', async () => {
    vi.mocked(mail.proposals).mockResolvedValueOnce([message(), interview]).mockResolvedValue([interview]);
    vi.mocked(mail.confirm).mockResolvedValue(message({ status: 'confirmed' }));
    renderWithTheme(<InboxView />);
    const card = await screen.findByRole('listitem', { name: /Rejection from Rapid7/ });
    expect(within(card).getByText(/set outcome Rejected/)).toBeInTheDocument();
    fireEvent.click(within(card).getByRole('button', { name: 'Why?' }));
    expect(within(card).getByText('sent from @rapid7.com')).toBeInTheDocument();
    fireEvent.click(within(card).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(mail.confirm).toHaveBeenCalledWith({ id: 1 }));
    await waitFor(() => expect(screen.queryByRole('listitem', { name: /Rejection from Rapid7/ })).toBeNull());
    expect(screen.getByRole('listitem', { name: /Interview with RAND/ })).toBeInTheDocument();
  });

  it('confirms an interview at the proposed time the user picks', async () => {
    vi.mocked(mail.proposals).mockResolvedValue([interview]);
    vi.mocked(mail.confirm).mockResolvedValue({ ...interview, status: 'confirmed' });
    renderWithTheme(<InboxView />);
    const card = await screen.findByRole('listitem', { name: /Interview with RAND/ });
    fireEvent.click(within(card).getByRole('button', { name: 'Edit…' }));
    const form = await screen.findByRole('form', { name: 'Confirm with changes' });
    const times = within(form).getAllByRole('radio', { name: /\(proposed\)/ });
    expect(times).toHaveLength(2);
    fireEvent.click(times[1]);
    fireEvent.click(within(form).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(mail.confirm).toHaveBeenCalledWith({ id: 2, kind: 'interview', slot: 2 }));
  });

  it('shows the whole message only when it was kept', async () => {
    vi.mocked(mail.proposals).mockResolvedValue([message({ fullText: 'Dear Jordan,\n\nThe whole text.' }), interview]);
    renderWithTheme(<InboxView />);
    const card = await screen.findByRole('listitem', { name: /Rejection from Rapid7/ });
    fireEvent.click(within(card).getByRole('button', { name: 'Show the whole message' }));
    expect(within(card).getByRole('button', { name: 'Hide the whole message' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    expect(within(card).getByText(/The whole text\./)).toBeInTheDocument();
    const other = screen.getByRole('listitem', { name: /Interview with RAND/ });
    expect(within(other).queryByRole('button', { name: 'Show the whole message' })).toBeNull();
  });

  it('asks for an application before confirming a rejection that matched none', async () => {
    vi.mocked(mail.proposals).mockResolvedValue([message({ match: null })]);
    renderWithTheme(<InboxView />);
    const card = await screen.findByRole('listitem', { name: /Rejection from Rapid7/ });
    expect(within(card).getByRole('button', { name: 'Confirm' })).toBeDisabled();
    expect(within(card).getByText(/choose one with Edit/)).toBeInTheDocument();
  });

  it('confirms the selected proposals at once and says which need a choice', async () => {
    vi.mocked(mail.proposals).mockResolvedValue([message(), interview]);
    vi.mocked(mail.confirmMany).mockResolvedValue({
      confirmed: [message({ status: 'confirmed' })],
      failed: [{ id: 2, subject: 'Interview', message: 'the stage is gone' }],
    });
    renderWithTheme(<InboxView />);
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Select every proposal' }));
    fireEvent.click(screen.getByRole('button', { name: 'Confirm selected (2)' }));
    await waitFor(() => expect(mail.confirmMany).toHaveBeenCalledWith([1, 2]));
    expect(await screen.findByText(/1 need your choice: the stage is gone/)).toBeInTheDocument();
  });

  it('dismisses, and shows a failure without losing the proposal', async () => {
    vi.mocked(mail.proposals).mockResolvedValue([message()]);
    vi.mocked(mail.dismiss).mockRejectedValue(new ApiError('conflict', 'this message was already confirmed'));
    renderWithTheme(<InboxView />);
    const card = await screen.findByRole('listitem', { name: /Rejection from Rapid7/ });
    fireEvent.click(within(card).getByRole('button', { name: 'Dismiss' }));
    expect(await screen.findByText('this message was already confirmed')).toBeInTheDocument();
    expect(screen.getByRole('listitem', { name: /Rejection from Rapid7/ })).toBeInTheDocument();
  });

  it('imports files and shows the report', async () => {
    vi.mocked(mail.proposals).mockResolvedValue([]);
    vi.mocked(mail.importDialog).mockResolvedValue({
      status: 'done',
      report: { read: 3, kept: 1, autoApplied: 0, known: 0, other: 2, broken: [], cancelled: false },
    });
    renderWithTheme(<InboxView />);
    fireEvent.click(await screen.findByRole('button', { name: 'Import .eml / .mbox' }));
    expect(await screen.findByText(/Read 3 messages, 1 job e-mail to review/)).toBeInTheDocument();
  });

  it('reads a pasted message', async () => {
    vi.mocked(mail.proposals).mockResolvedValue([]);
    vi.mocked(mail.paste).mockResolvedValue({ kept: false, known: false, message: null, kind: 'other' });
    renderWithTheme(<InboxView />);
    fireEvent.click(await screen.findByRole('button', { name: 'Paste a message' }));
    const form = await screen.findByRole('form', { name: 'Paste a message' });
    fireEvent.change(within(form).getByLabelText('Message'), { target: { value: 'Our weekly newsletter' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Read message' }));
    await waitFor(() => expect(mail.paste).toHaveBeenCalledWith('Our weekly newsletter'));
    expect(await screen.findByText('Not about a job')).toBeInTheDocument();
  });

  it('checks mail from the toolbar when an IMAP account is set up, and says what it read', async () => {
    vi.mocked(mail.proposals).mockResolvedValue([]);
    vi.mocked(mailAccount.account).mockResolvedValueOnce({
      configured: true,
      host: 'imap.example.com',
      port: 993,
      security: 'tls',
      user: 'jordan@example.com',
      folders: ['INBOX'],
      sinceDays: 90,
      intervalMinutes: 0,
      passwordSaved: true,
      passwordRemembered: true,
      keychainAvailable: true,
      lastSync: '',
      lastAttempt: '',
      lastError: '',
      syncing: false,
      folderStates: [],
    });
    vi.mocked(mailAccount.sync).mockResolvedValue('mail-sync-3');
    let done: ((d: events.JobDone) => void) | undefined;
    vi.mocked(events.onJobDone).mockImplementation((h) => {
      done = h;
      return () => {};
    });
    renderWithTheme(<InboxView />);
    fireEvent.click(await screen.findByRole('button', { name: 'Check mail' }));
    await waitFor(() => expect(mailAccount.sync).toHaveBeenCalled());
    act(() =>
      done?.({
        id: 'mail-sync-3',
        ok: true,
        cancelled: false,
        errorCode: '',
        errorMessage: '',
        result: { folders: [], fetched: 2, kept: 2, known: 0, notJob: 0, broken: 0 },
      }),
    );
    expect(
      await screen.findByText('Read 2 new messages: 2 job-related messages added to the Inbox.'),
    ).toBeInTheDocument();
    await waitFor(() => expect(mail.proposals).toHaveBeenCalledTimes(2));
  });

  it('has no Check mail button without an IMAP account', async () => {
    vi.mocked(mail.proposals).mockResolvedValue([]);
    renderWithTheme(<InboxView />);
    expect(await screen.findByRole('button', { name: 'Paste a message' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Check mail' })).toBeNull();
  });
});
