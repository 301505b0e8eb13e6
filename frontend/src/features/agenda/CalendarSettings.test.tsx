import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { notifications } from '@mantine/notifications';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, calendar, events } from '../../api';
import { renderWithTheme } from '../../test/render';
import { CalendarSettings } from './CalendarSettings';

vi.mock('../../api', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../api')>();
  return {
    ...real,
    calendar: {
      ...real.calendar,
      status: vi.fn(),
      connect: vi.fn(),
      cancelConnect: vi.fn(),
      sync: vi.fn(),
      cancel: vi.fn(),
      setSyncInterval: vi.fn(),
      disconnect: vi.fn(),
      setClient: vi.fn(),
    },
    events: { ...real.events, onJobProgress: vi.fn(), onJobDone: vi.fn() },
  };
});

const base: calendar.CalendarStatus = {
  state: 'connected',
  message: 'Google Calendar is connected (read-only)',
  lastSync: '',
  persistent: false,
  clientId: 'abc.apps.googleusercontent.com',
  syncIntervalMinutes: 0,
  syncing: false,
};

let progress: (p: events.JobProgress) => void = () => {};
let done: (d: events.JobDone) => void = () => {};

beforeEach(() => {
  notifications.clean();
  vi.mocked(calendar.status).mockReset().mockResolvedValue(base);
  vi.mocked(calendar.setSyncInterval).mockReset().mockResolvedValue();
  vi.mocked(calendar.setClient).mockReset().mockResolvedValue();
  vi.mocked(calendar.disconnect).mockReset();
  vi.mocked(calendar.sync).mockReset();
  vi.mocked(events.onJobProgress).mockImplementation((h) => {
    progress = h;
    return () => {};
  });
  vi.mocked(events.onJobDone).mockImplementation((h) => {
    done = h;
    return () => {};
  });
});

describe('CalendarSettings', () => {
  it('says the token lasts for this session only, syncs with progress and reports the result of its own job', async () => {
    vi.mocked(calendar.sync).mockResolvedValue('calendar-sync-2');
    renderWithTheme(<CalendarSettings />);
    expect(await screen.findByText(/kept for this session only/)).toBeInTheDocument();
    expect(screen.getByText('Last sync: never')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Sync now' }));
    expect(await screen.findByRole('button', { name: 'Cancel sync' })).toBeInTheDocument();
    act(() =>
      progress({ id: 'calendar-sync-2', done: 250, total: 0, message: 'Received 250 events from Google Calendar' }),
    );
    expect(screen.getByText('Received 250 events from Google Calendar')).toBeInTheDocument();
    // Another job's end does not finish this one.
    act(() => done({ id: 'cv-import-1', ok: true, cancelled: false, errorCode: '', errorMessage: '' }));
    expect(screen.getByRole('button', { name: 'Cancel sync' })).toBeInTheDocument();
    vi.mocked(calendar.status).mockResolvedValue({ ...base, lastSync: '2030-03-04T09:00:00Z' });
    act(() =>
      done({
        id: 'calendar-sync-2',
        ok: true,
        cancelled: false,
        errorCode: '',
        errorMessage: '',
        result: {
          calendars: 1,
          received: 250,
          added: 240,
          updated: 10,
          deleted: 0,
          interviews: 3,
          matched: 2,
          fullResync: false,
          warnings: [],
        },
      }),
    );
    expect(
      await screen.findByText(/Received 250 events: 240 new, 10 updated, 0 removed; 3 interviews, 2 matched/),
    ).toBeInTheDocument();
    expect(await screen.findByText(/Last sync: .*2030/)).toBeInTheDocument();
  });

  it('shows a failed sync as its message, and a refused interval under the field', async () => {
    vi.mocked(calendar.sync).mockResolvedValue('calendar-sync-1');
    vi.mocked(calendar.setSyncInterval).mockRejectedValueOnce(
      new ApiError('invalid', 'sync every 5 minutes to 24 hours, or 0 for never', 'syncIntervalMinutes'),
    );
    renderWithTheme(<CalendarSettings />);
    fireEvent.click(await screen.findByRole('button', { name: 'Sync now' }));
    await screen.findByRole('button', { name: 'Cancel sync' });
    act(() =>
      done({
        id: 'calendar-sync-1',
        ok: false,
        cancelled: false,
        errorCode: 'unavailable',
        errorMessage: 'Google Calendar did not answer',
      }),
    );
    expect(await screen.findByText('Google Calendar did not answer')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Sync automatically while Huntbook is open'), { target: { value: '60' } });
    expect(await screen.findByText('sync every 5 minutes to 24 hours, or 0 for never')).toBeInTheDocument();
    expect(calendar.setSyncInterval).toHaveBeenCalledWith(60);
  });

  it('disconnects, deleting imported events only when asked', async () => {
    vi.mocked(calendar.disconnect).mockResolvedValue({ revoked: true, warning: '', eventsDeleted: 12 });
    renderWithTheme(<CalendarSettings />);
    fireEvent.click(await screen.findByRole('button', { name: 'Disconnect' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByLabelText(/Also delete the events imported from Google/));
    vi.mocked(calendar.status).mockResolvedValue({
      ...base,
      state: 'not_connected',
      message: 'Google Calendar is not connected',
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Disconnect' }));
    await waitFor(() => expect(calendar.disconnect).toHaveBeenCalledWith(true));
    expect(await screen.findByText('Access revoked at Google. 12 imported events deleted.')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Connect Google Calendar' })).toBeInTheDocument();
  });

  it('connects through the browser, can be cancelled quietly, and offers reconnecting', async () => {
    vi.mocked(calendar.status).mockResolvedValue({
      ...base,
      state: 'reconnect',
      message: 'Google refused the grant: connect again',
    });
    let reject: (e: unknown) => void = () => {};
    vi.mocked(calendar.connect).mockImplementation(() => new Promise((_, r) => (reject = r)));
    renderWithTheme(<CalendarSettings />);
    expect(await screen.findByLabelText('Google Calendar: Reconnect needed')).toBeInTheDocument();
    expect(screen.getByText(/opens Google's sign-in page in your web browser/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Reconnect Google Calendar' }));
    expect(await screen.findByText('Waiting for you to finish in the browser…')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel connecting' }));
    expect(calendar.cancelConnect).toHaveBeenCalled();
    act(() => reject(new ApiError('canceled', 'connect cancelled')));
    expect(await screen.findByRole('button', { name: 'Reconnect Google Calendar' })).toBeInTheDocument();
    expect(screen.queryByText('connect cancelled')).toBeNull();
  });

  it('opens the client form when there is no client and puts a refused ID under its field', async () => {
    vi.mocked(calendar.status).mockResolvedValue({ ...base, state: 'not_connected', clientId: '' });
    vi.mocked(calendar.setClient)
      .mockRejectedValueOnce(new ApiError('invalid', 'that does not look like a Google client ID', 'clientId'))
      .mockResolvedValueOnce();
    renderWithTheme(<CalendarSettings />);
    expect(await screen.findByText(/no built-in Google client/)).toBeInTheDocument();
    fireEvent.change(await screen.findByLabelText('Client ID'), { target: { value: 'bad id' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save client' }));
    expect(await screen.findByText('that does not look like a Google client ID')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Client ID'), { target: { value: ' 42.apps.googleusercontent.com ' } });
    fireEvent.change(screen.getByLabelText('Client secret'), { target: { value: 's3cret' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save client' }));
    await waitFor(() => expect(calendar.setClient).toHaveBeenLastCalledWith('42.apps.googleusercontent.com', 's3cret'));
    expect(await screen.findByText(/Your client is saved/)).toBeInTheDocument();
  });
});
