import { act, fireEvent, screen } from '@testing-library/react';
import { Modal } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeApplication, onShowView, openedApplication } from '../../app/navigation';
import { renderWithTheme } from '../../test/render';
import { BackendEvents, dialogRecheckDelay, reminderGatherDelay } from './BackendEvents';
import { installRuntime } from '../../test/runtime';

const overdue = [
  {
    applicationId: 11,
    title: 'Follow up with Acme',
    due: '2026-12-01',
    company: 'Acme',
    applicationTitle: 'Go Engineer',
  },
  { applicationId: 12, title: 'Thank Globex', due: '2026-12-03', company: 'Globex', applicationTitle: 'SRE' },
  { applicationId: 13, title: 'Call Initech', due: '2026-12-06', company: 'Initech', applicationTitle: 'Analyst' },
];

let emit: ReturnType<typeof installRuntime>;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  vi.setSystemTime(new Date(2026, 11, 7, 9, 0));
  localStorage.clear();
  emit = installRuntime();
});

afterEach(() => {
  act(() => {
    notifications.clean();
  });
  vi.useRealTimers();
  delete window.runtime;
  localStorage.clear();
});

/** launch mounts the page's listener and lets the backend raise what is due, as at every start. */
function launch(due = overdue) {
  const view = renderWithTheme(<BackendEvents />);
  for (const r of due) emit('reminder:due', r);
  act(() => {
    vi.advanceTimersByTime(reminderGatherDelay);
  });
  return view;
}

describe('reminders', () => {
  it('gathers the follow-ups raised together into one summary that links to Follow-ups', () => {
    const asked: string[] = [];
    const off = onShowView((v) => asked.push(v));
    launch();
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(screen.getByText('3 follow-ups due')).toBeInTheDocument();
    expect(screen.getByText('Follow up with Acme, Thank Globex and Call Initech')).toBeInTheDocument();
    expect(screen.queryByText('Follow-up due')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Open Follow-ups' }));
    expect(asked).toEqual(['followups']);
    off();
  });

  it('names the application of each follow-up and opens it', () => {
    const again = { ...overdue[0], title: 'Send Acme the portfolio', due: '2026-12-07' };
    launch([...overdue, again]);
    expect(screen.getByRole('button', { name: 'Open Globex · SRE' })).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /^Open Acme/ })).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Open Initech · Analyst' }));
    expect(openedApplication()).toBe(13);
    closeApplication();
  });

  it('shows the summary once a day, again for a new follow-up and on the next day', () => {
    launch(overdue.slice(0, 2)).unmount();
    expect(screen.queryByRole('alert')).toBeNull(); // unmounted with its notices
    act(() => {
      notifications.clean();
    });

    // The next launch the same day raises the same two: nothing new to say.
    const second = launch(overdue.slice(0, 2));
    expect(screen.queryByRole('alert')).toBeNull();

    // A third comes due while the app is open.
    emit('reminder:due', overdue[2]);
    act(() => {
      vi.advanceTimersByTime(reminderGatherDelay);
    });
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(screen.getByText('3 follow-ups due')).toBeInTheDocument();
    expect(screen.getByText(/^1 new: /)).toBeInTheDocument();
    // And a fourth replaces that summary instead of stacking a second one.
    emit('reminder:due', { applicationId: 14, title: 'Send portfolio', due: '2026-12-07' });
    act(() => {
      vi.advanceTimersByTime(reminderGatherDelay);
    });
    act(() => {
      vi.advanceTimersByTime(1000);
    }); // the replaced one's exit
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(screen.getByText('4 follow-ups due')).toBeInTheDocument();
    second.unmount();
    act(() => {
      notifications.clean();
    });

    // The next morning's launch shows them again.
    vi.setSystemTime(new Date(2026, 11, 8, 9, 0));
    launch();
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(screen.getByText('3 follow-ups due')).toBeInTheDocument();
  });

  it('never shows the summary over a dialog: it waits for the dialog to close', async () => {
    function Page({ dialog }: { dialog: boolean }) {
      return (
        <>
          <BackendEvents />
          <Modal opened={dialog} onClose={() => {}} title="Add application">
            Company
          </Modal>
        </>
      );
    }
    const view = renderWithTheme(<Page dialog />);
    expect(screen.getByRole('dialog', { name: 'Add application' })).toBeInTheDocument();
    for (const r of overdue) emit('reminder:due', r);
    act(() => {
      vi.advanceTimersByTime(reminderGatherDelay + 10 * dialogRecheckDelay);
    });
    expect(screen.queryByText('3 follow-ups due')).toBeNull();

    view.rerender(<Page dialog={false} />);
    expect(screen.queryByRole('dialog')).toBeNull();
    act(() => {
      vi.advanceTimersByTime(dialogRecheckDelay);
    });
    expect(screen.getByText('3 follow-ups due')).toBeInTheDocument();

    // A dialog opened while the summary is on screen takes it away until it closes.
    await act(async () => {
      view.rerender(<Page dialog />);
      await Promise.resolve(); // the page's watch on the document
    });
    act(() => {
      vi.advanceTimersByTime(1000); // the summary's exit
    });
    expect(screen.queryByText('3 follow-ups due')).toBeNull();
    act(() => {
      vi.advanceTimersByTime(10 * dialogRecheckDelay);
    });
    expect(screen.queryByText('3 follow-ups due')).toBeNull();
    view.rerender(<Page dialog={false} />);
    act(() => {
      vi.advanceTimersByTime(dialogRecheckDelay);
    });
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(screen.getByText('3 follow-ups due')).toBeInTheDocument();
  });
});
