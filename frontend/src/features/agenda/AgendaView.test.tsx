import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { notifications } from '@mantine/notifications';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, applications, calendar, emptyApplication, links } from '../../api';
import { renderWithTheme } from '../../test/render';
import { closeApplication, openedApplication, useTabRequest, type TabRequest } from '../../app/navigation';
import { AgendaView } from './AgendaView';
import { interview, proposal } from './testdata';

vi.mock('../../api', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../api')>();
  return {
    ...real,
    applications: { ...real.applications, move: vi.fn() },
    links: { open: vi.fn() },
    calendar: {
      ...real.calendar,
      interviews: vi.fn(),
      proposals: vi.fn(),
      confirm: vi.fn(),
      reject: vi.fn(),
      importDialog: vi.fn(),
      exportDialog: vi.fn(),
      copyText: vi.fn(),
    },
  };
});

const start = new Date(Date.now() + 7 * 86_400_000).toISOString();

beforeEach(() => {
  vi.mocked(calendar.interviews).mockReset().mockResolvedValue([]);
  vi.mocked(calendar.proposals).mockReset().mockResolvedValue([]);
  vi.mocked(calendar.confirm).mockReset();
  vi.mocked(calendar.reject).mockReset().mockResolvedValue();
  vi.mocked(applications.move).mockReset();
  vi.mocked(calendar.copyText).mockReset().mockResolvedValue(true);
  closeApplication();
  notifications.clean();
});

const noLimits = { notRepeated: 0, leftOut: 0, leftOutMore: false, occurrenceCap: 500 };

describe('AgendaView', () => {
  it('lists an interview with its join link (copied, not followed), company, contacts and application', async () => {
    const contact = {
      id: 3,
      name: 'Dana Scully',
      role: 'Recruiter',
      company: 'Acme',
      email: 'dana@acme.example',
      phone: '',
      profileUrl: '',
      notes: '',
      applicationIds: [7],
      createdAt: '',
      updatedAt: '',
    };
    vi.mocked(calendar.interviews).mockResolvedValue([interview(start, { contacts: [contact], location: 'Room 4' })]);
    renderWithTheme(<AgendaView />);
    const item = await screen.findByRole('listitem', { name: 'Technical interview with Acme' });
    expect(within(item).getByText('Acme')).toBeInTheDocument();
    expect(within(item).getByText('Room 4')).toBeInTheDocument();
    expect(within(item).getByText(/Dana Scully/)).toBeInTheDocument();
    expect(within(item).queryByRole('link')).toBeNull();
    expect(within(item).getByText('https://meet.google.com/abc-defg-hij')).toBeInTheDocument();
    fireEvent.click(within(item).getByRole('button', { name: 'Copy join link https://meet.google.com/abc-defg-hij' }));
    await waitFor(() => expect(calendar.copyText).toHaveBeenCalledWith('https://meet.google.com/abc-defg-hij'));
    expect(await within(item).findByText('Copied')).toBeInTheDocument();
    vi.mocked(links.open).mockResolvedValue();
    fireEvent.click(
      within(item).getByRole('button', { name: 'Join in your browser: https://meet.google.com/abc-defg-hij' }),
    );
    await waitFor(() => expect(links.open).toHaveBeenCalledWith('https://meet.google.com/abc-defg-hij'));
    fireEvent.click(within(item).getByRole('button', { name: 'Open application Acme — Go Engineer' }));
    expect(openedApplication()).toBe(7);
    closeApplication();
    // Prepare: the application on its AI tab, interview prep chosen.
    const requests: TabRequest[] = [];
    function Spy() {
      requests.push(useTabRequest());
      return null;
    }
    renderWithTheme(<Spy />);
    fireEvent.click(within(item).getByRole('button', { name: 'Prepare for this interview with Acme' }));
    expect(openedApplication()).toBe(7);
    await waitFor(() => expect(requests.at(-1)).toMatchObject({ id: 7, tab: 'ai', task: 'interview-prep' }));
    const [from = '', to = ''] = vi.mocked(calendar.interviews).mock.calls[0];
    expect(Date.parse(to) - Date.parse(from)).toBeGreaterThanOrEqual(30 * 86_400_000 - 3_600_000);
  });

  it('confirms the chosen candidate, then offers the Interviewing stage and moves only on click', async () => {
    // The backend lists it until it is confirmed.
    vi.mocked(calendar.proposals).mockResolvedValueOnce([proposal(start)]);
    vi.mocked(calendar.confirm).mockResolvedValue({
      interview: interview(start, { application: undefined }),
      suggestStage: 'Interviewing',
      suggestStageId: 4,
    });
    vi.mocked(applications.move).mockResolvedValue({ ...emptyApplication(), id: 9, stageId: 4 });
    renderWithTheme(<AgendaView />);
    const card = await screen.findByRole('listitem', { name: 'Technical interview with Acme' });
    expect(within(card).getByText('Interview 85%')).toBeInTheDocument();
    expect(within(card).getByText('has a Google Meet link')).toBeInTheDocument();
    expect(within(card).getByText('match 80%')).toBeInTheDocument();
    fireEvent.change(within(card).getByLabelText('Application'), { target: { value: '9' } });
    expect(within(card).getByText('similar company name')).toBeInTheDocument();
    fireEvent.click(within(card).getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(calendar.confirm).toHaveBeenCalledWith('ics:cal.ics:tech@acme', 9));
    expect(await screen.findByText('Move Acme Labs to the Interviewing stage?')).toBeInTheDocument();
    expect(screen.queryByRole('listitem', { name: 'Technical interview with Acme' })).toBeNull();
    expect(applications.move).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Move to Interviewing' }));
    await waitFor(() => expect(applications.move).toHaveBeenCalledWith(9, 4));
    await waitFor(() => expect(screen.queryByText('Move Acme Labs to the Interviewing stage?')).toBeNull());
  });

  it('rejects a proposal, and shows a backend error on the card when it fails', async () => {
    vi.mocked(calendar.proposals).mockResolvedValue([proposal(start)]);
    vi.mocked(calendar.reject).mockRejectedValueOnce(
      new ApiError('not_found', 'that event is no longer in the calendar'),
    );
    renderWithTheme(<AgendaView />);
    const card = await screen.findByRole('listitem', { name: 'Technical interview with Acme' });
    fireEvent.click(within(card).getByRole('button', { name: 'Not this application' }));
    expect(await within(card).findByRole('alert')).toHaveTextContent('that event is no longer in the calendar');
    fireEvent.click(within(card).getByRole('button', { name: 'Not this application' }));
    await waitFor(() => expect(screen.queryByRole('listitem', { name: 'Technical interview with Acme' })).toBeNull());
    expect(calendar.reject).toHaveBeenCalledTimes(2);
  });

  it('imports an .ics through the dialog and shows the counts; a cancelled dialog shows nothing', async () => {
    vi.mocked(calendar.importDialog)
      .mockResolvedValueOnce({
        ...noLimits,
        path: '',
        read: 0,
        skipped: 0,
        events: 0,
        interviews: 0,
        matched: 0,
        added: 0,
        updated: 0,
        deleted: 0,
        warnings: [],
      })
      .mockResolvedValueOnce({
        ...noLimits,
        path: '/h/cal.ics',
        read: 3,
        skipped: 1,
        events: 2,
        interviews: 1,
        matched: 1,
        added: 2,
        updated: 0,
        deleted: 0,
        warnings: ['line 9: bad DTSTART'],
      });
    renderWithTheme(<AgendaView />);
    expect(await screen.findByText('No interviews in the next 30 days')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Import .ics' }));
    await waitFor(() => expect(calendar.importDialog).toHaveBeenCalledTimes(1));
    expect(screen.queryByText('Calendar imported')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Import .ics' }));
    expect(await screen.findByText(/Read 3 events, skipped 1, 1 interview recognised, 1 matched/)).toBeInTheDocument();
    expect(screen.getByText('line 9: bad DTSTART')).toBeInTheDocument();
    // The agenda reads again after an import (not after a cancelled dialog).
    await waitFor(() => expect(calendar.interviews).toHaveBeenCalledTimes(2));
  });

  it('says how many repeats an import left out and why', async () => {
    vi.mocked(calendar.importDialog).mockResolvedValueOnce({
      path: '/h/bomb.ics',
      read: 10001,
      skipped: 0,
      events: 501,
      interviews: 500,
      matched: 0,
      added: 501,
      updated: 0,
      deleted: 0,
      warnings: [],
      notRepeated: 1,
      leftOut: 100000,
      leftOutMore: true,
      occurrenceCap: 500,
    });
    renderWithTheme(<AgendaView />);
    fireEvent.click(await screen.findByRole('button', { name: 'Import .ics' }));
    expect(
      await screen.findByText('Left out 100,000 or more repeats of recurring interviews: one file adds at most 500.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('1 recurring event does not look like an interview: only its first date was imported.'),
    ).toBeInTheDocument();
  });

  it('shows a load error with a retry', async () => {
    vi.mocked(calendar.interviews).mockRejectedValueOnce(new ApiError('internal', 'database is locked'));
    renderWithTheme(<AgendaView />);
    const alert = (await screen.findByText('Could not load the agenda')).closest('[role="alert"]');
    expect(alert).toHaveTextContent('database is locked');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('No interviews in the next 30 days')).toBeInTheDocument();
  });
});
