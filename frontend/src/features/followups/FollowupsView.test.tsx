import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { notifications } from '@mantine/notifications';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, applications, tasks, type ApplicationDetail, type Task } from '../../api';
import { applicationsChanged, onApplicationsChanged } from '../../app/changes';
import { closeApplication, openedApplication } from '../../app/navigation';
import { renderWithTheme } from '../../test/render';
import { app } from '../../test/applications';
import { addDays, setFormatLocale, today } from '../../shared/format';

/** dayShown is how an en-US DateField shows a YYYY-MM-DD day. */
const dayShown = (d: string) => `${d.slice(5, 7)}/${d.slice(8, 10)}/${d.slice(0, 4)}`;
import { FollowupsView } from './FollowupsView';

vi.mock('../../api', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../api')>();
  return {
    ...real,
    applications: { ...real.applications, list: vi.fn(), get: vi.fn(), update: vi.fn() },
    tasks: { ...real.tasks, due: vi.fn(), list: vi.fn(), create: vi.fn(), update: vi.fn() },
  };
});

const day = today();
function task(p: Partial<Task>): Task {
  return {
    id: 0,
    applicationId: 0,
    title: '',
    due: '',
    done: false,
    createdAt: '',
    updatedAt: '',
    company: '',
    applicationTitle: '',
    ...p,
  };
}
const overdue = task({ id: 3, title: 'Email Dana', due: addDays(day, -1) });
const later = task({ id: 4, title: 'Send portfolio', due: addDays(day, 5) });
const globex = app({ id: 9, company: 'Globex', title: 'Platform Engineer', followUp: day });

let seen: number[][] = [];
let off = () => {};
beforeEach(() => {
  notifications.clean();
  vi.mocked(tasks.due).mockReset().mockResolvedValue([overdue]);
  vi.mocked(tasks.list).mockReset().mockResolvedValue([overdue, later]);
  vi.mocked(tasks.update)
    .mockReset()
    .mockImplementation((t) => Promise.resolve(task(t)));
  vi.mocked(tasks.create)
    .mockReset()
    .mockImplementation((t) => Promise.resolve(task({ ...t, id: 5 })));
  vi.mocked(applications.list)
    .mockReset()
    .mockResolvedValue({ items: [globex], total: 1 });
  vi.mocked(applications.get)
    .mockReset()
    .mockResolvedValue({ application: globex } as ApplicationDetail);
  vi.mocked(applications.update)
    .mockReset()
    .mockResolvedValue({ ...globex, followUp: '' });
  seen = [];
  off = onApplicationsChanged((ids) => seen.push(ids));
});
afterEach(() => {
  off();
  setFormatLocale(undefined);
});

describe('FollowupsView', () => {
  it('lists what is due and what comes next', async () => {
    renderWithTheme(<FollowupsView />);
    const due = await screen.findByRole('list', { name: 'Due today and overdue' });
    expect(within(due).getByText('Email Dana')).toBeInTheDocument();
    expect(within(due).getByText('Follow up: Platform Engineer at Globex')).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Upcoming' })).getByText('Send portfolio')).toBeInTheDocument();
    expect(tasks.due).toHaveBeenCalledWith(day);
  });

  it("names a task's application and opens it", async () => {
    const tied = task({
      id: 5,
      applicationId: 9,
      title: 'Thank Dana',
      due: day,
      company: 'Globex',
      applicationTitle: 'Platform Engineer',
    });
    vi.mocked(tasks.due).mockResolvedValue([overdue, tied]);
    renderWithTheme(<FollowupsView />);
    const due = await screen.findByRole('list', { name: 'Due today and overdue' });
    const line = within(due).getByText('Thank Dana').closest('[role="listitem"]') as HTMLElement;
    fireEvent.click(within(line).getByRole('button', { name: 'Globex · Platform Engineer' }));
    expect(openedApplication()).toBe(9);
    closeApplication();
    // A task tied to no application names none.
    const plain = within(due).getByText('Email Dana').closest('[role="listitem"]') as HTMLElement;
    expect(within(plain).queryByRole('button', { name: /·/ })).toBeNull();
  });

  it('ticks a task done and reads the lists again', async () => {
    renderWithTheme(<FollowupsView />);
    fireEvent.click(await screen.findByLabelText('Mark “Email Dana” done'));
    await waitFor(() => expect(tasks.update).toHaveBeenCalledWith(expect.objectContaining({ id: 3, done: true })));
    expect(await screen.findByText('Done: Email Dana')).toBeInTheDocument();
    await waitFor(() => expect(tasks.due).toHaveBeenCalledTimes(2));
    expect(seen).toEqual([]);
  });

  it("clears an application's follow-up date and tells the other views", async () => {
    renderWithTheme(<FollowupsView />);
    fireEvent.click(await screen.findByLabelText('Mark “Follow up: Platform Engineer at Globex” done'));
    await waitFor(() => expect(applications.update).toHaveBeenCalledWith(9, { followUp: '' }, globex));
    await waitFor(() => expect(seen).toEqual([[9]]));
    await waitFor(() => expect(tasks.due).toHaveBeenCalledTimes(2));
  });

  it('shows a failed action until dismissed', async () => {
    vi.mocked(tasks.update).mockRejectedValueOnce(new ApiError('not_found', 'that task is gone'));
    renderWithTheme(<FollowupsView />);
    fireEvent.click(await screen.findByLabelText('Mark “Email Dana” done'));
    expect(await screen.findByRole('alert')).toHaveTextContent('that task is gone');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss error' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('adds a follow-up, refusing one without a title, and puts a backend refusal under its field', async () => {
    renderWithTheme(<FollowupsView />);
    await screen.findByRole('list', { name: 'Upcoming' });
    fireEvent.click(screen.getByRole('button', { name: 'Add follow-up' }));
    expect(await screen.findByText('Say what to follow up on')).toBeInTheDocument();
    expect(tasks.create).not.toHaveBeenCalled();
    vi.mocked(tasks.create).mockRejectedValueOnce(new ApiError('invalid', 'not a date', 'due'));
    fireEvent.change(screen.getByLabelText('New follow-up'), { target: { value: ' Call Fox ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add follow-up' }));
    expect(await screen.findByText('not a date')).toBeInTheDocument();
    expect(screen.queryByText('Say what to follow up on')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Add follow-up' }));
    await waitFor(() => expect(screen.getByLabelText('New follow-up')).toHaveValue(''));
    expect(tasks.create).toHaveBeenLastCalledWith({ id: 0, applicationId: 0, title: 'Call Fox', due: '', done: false });
    expect(screen.queryByText('not a date')).toBeNull();
    await waitFor(() => expect(tasks.due).toHaveBeenCalledTimes(2));
  });

  it('takes the due day typed in the locale’s order or as ISO, and refuses one it cannot read', async () => {
    setFormatLocale('en-US');
    const user = userEvent.setup({ delay: null });
    renderWithTheme(<FollowupsView />);
    await screen.findByRole('list', { name: 'Upcoming' });
    const due = screen.getByLabelText('Due');
    await user.type(screen.getByLabelText('New follow-up'), 'Call Fox');
    await user.type(due, '31/1/2030');
    await user.click(screen.getByRole('button', { name: 'Add follow-up' }));
    expect(
      await screen.findByText('“31/1/2030” is not a date: type it as MM/DD/YYYY or YYYY-MM-DD, or pick it'),
    ).toBeInTheDocument();
    expect(tasks.create).not.toHaveBeenCalled();
    await user.clear(due);
    await user.type(due, '1/31/2030');
    await user.click(screen.getByRole('button', { name: 'Add follow-up' }));
    await waitFor(() =>
      expect(tasks.create).toHaveBeenLastCalledWith({
        id: 0,
        applicationId: 0,
        title: 'Call Fox',
        due: '2030-01-31',
        done: false,
      }),
    );
    await waitFor(() => expect(due).toHaveValue(''));
    await user.type(screen.getByLabelText('New follow-up'), 'Call Fox again');
    await user.type(due, '2030-02-01');
    await user.click(screen.getByRole('button', { name: 'Add follow-up' }));
    await waitFor(() => expect(tasks.create).toHaveBeenLastCalledWith(expect.objectContaining({ due: '2030-02-01' })));
    expect(tasks.create).toHaveBeenCalledTimes(2);
  }, 60_000);

  it('reschedules to a day picked or typed, and not to text it cannot read', async () => {
    setFormatLocale('en-US');
    const user = userEvent.setup({ delay: null });
    renderWithTheme(<FollowupsView />);
    await user.click(await screen.findByLabelText('Snooze “Email Dana”'));
    await user.click(await screen.findByRole('menuitem', { name: 'Pick a date…' }));
    const picked = await screen.findByLabelText('New date');
    expect(picked).toHaveValue(dayShown(overdue.due));
    await user.clear(picked);
    await user.type(picked, 'next week');
    await user.click(screen.getByRole('button', { name: 'Reschedule' }));
    expect(await screen.findByText(/“next week” is not a date/)).toBeInTheDocument();
    expect(tasks.update).not.toHaveBeenCalled();
    await user.clear(picked);
    await user.type(picked, '3/14/2030');
    await user.click(screen.getByRole('button', { name: 'Reschedule' }));
    await waitFor(() =>
      expect(tasks.update).toHaveBeenCalledWith(expect.objectContaining({ id: 3, due: '2030-03-14' })),
    );
  }, 60_000);

  it('reads again when applications change elsewhere', async () => {
    renderWithTheme(<FollowupsView />);
    await screen.findByRole('list', { name: 'Upcoming' });
    act(() => applicationsChanged([]));
    await waitFor(() => expect(tasks.due).toHaveBeenCalledTimes(2));
  });
});
