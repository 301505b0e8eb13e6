import { act, screen } from '@testing-library/react';
import { notifications } from '@mantine/notifications';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { calendar } from '../../api';
import { renderWithTheme } from '../../test/render';
import { applicationsChanged } from '../../app/changes';
import { InterviewReminders } from './InterviewReminders';
import { interview } from './testdata';

vi.mock('../../api', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../api')>();
  return { ...real, calendar: { ...real.calendar, interviews: vi.fn() } };
});

const now = Date.parse('2030-03-04T09:00:00Z');

beforeEach(() => {
  vi.useFakeTimers({ now, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  notifications.clean();
});

afterEach(() => {
  vi.useRealTimers();
});

async function flush() {
  await act(async () => {
    await Promise.resolve();
  });
}

describe('InterviewReminders', () => {
  it('reminds 15 minutes before an interview, once, even after the agenda is read again', async () => {
    vi.mocked(calendar.interviews).mockResolvedValue([interview(new Date(now + 20 * 60_000).toISOString())]);
    const show = vi.spyOn(notifications, 'show');
    renderWithTheme(<InterviewReminders />);
    await flush();
    await act(async () => {
      vi.advanceTimersByTime(4 * 60_000);
    });
    expect(screen.queryByText('Technical interview with Acme')).toBeNull();
    await act(async () => {
      vi.advanceTimersByTime(60_000 + 10);
    });
    expect(screen.getByText('Interview in 15 minutes')).toBeInTheDocument();
    expect(screen.getByText('Technical interview with Acme')).toBeInTheDocument();
    expect(screen.getByText('https://meet.google.com/abc-defg-hij')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Open application' })).toBeInTheDocument();

    act(() => applicationsChanged([]));
    await flush();
    await act(async () => {
      vi.advanceTimersByTime(60_000);
    });
    expect(screen.getAllByText('Technical interview with Acme')).toHaveLength(1);
    expect(show).toHaveBeenCalledTimes(1);
    show.mockRestore();
    expect(calendar.interviews).toHaveBeenCalledTimes(2);
  });

  it('drops the timer of an interview that is no longer in the agenda', async () => {
    vi.mocked(calendar.interviews)
      .mockResolvedValueOnce([interview(new Date(now + 30 * 60_000).toISOString())])
      .mockResolvedValue([]);
    renderWithTheme(<InterviewReminders />);
    await flush();
    act(() => applicationsChanged([]));
    await flush();
    await act(async () => {
      vi.advanceTimersByTime(20 * 60_000);
    });
    expect(screen.queryByText('Technical interview with Acme')).toBeNull();
  });
});
