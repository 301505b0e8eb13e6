import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import dayjs from 'dayjs';
import { applications, pipeline, signals, type ListQuery } from '../../api';
import { FirstRunStub } from '../../test/firstRun';
import { renderWithTheme, testQueryClient } from '../../test/render';
import { installRuntime } from '../../test/runtime';
import { connectBackendEvents } from '../../app/invalidation';
import { closeApplication, openedApplication } from '../../app/navigation';
import { setFormatLocale } from '../../shared/format';
import { ApplicationsView } from './ApplicationsView';
import { app, testStages } from '../../test/applications';

vi.mock('../../api', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../api')>();
  return {
    ...real,
    applications: {
      ...real.applications,
      list: vi.fn(),
      ids: vi.fn(),
      tags: vi.fn(),
      duplicates: vi.fn(),
      create: vi.fn(),
      bulkMove: vi.fn(),
      bulkSetOutcome: vi.fn(),
      bulkTag: vi.fn(),
      remove: vi.fn(),
    },
    pipeline: { ...real.pipeline, stages: vi.fn() },
    signals: { ...real.signals, signals: vi.fn() },
  };
});

const list = vi.mocked(applications.list);
const rows = [
  app({
    id: 11,
    company: 'Acme',
    title: 'Go Engineer',
    stageId: 2,
    stage: 'Applied',
    location: 'Berlin',
    remote: 'hybrid',
    dateApplied: '2025-02-03',
  }),
  app({ id: 12, company: 'Globex', title: 'SRE', stageId: 1, stage: 'Wishlist', outcome: 'rejected' }),
];

function view(search = '') {
  return renderWithTheme(
    <ApplicationsView search={search} addOpened={false} onAddOpenedChange={() => {}} firstRun={FirstRunStub} />,
  );
}

function queries(): ListQuery[] {
  return list.mock.calls.map((c) => c[0] ?? {});
}

// jsdom has no layout: give the list's scroller a screenful so the virtualiser renders rows.
const clientHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 });
});
afterAll(() => {
  if (clientHeight) Object.defineProperty(HTMLElement.prototype, 'clientHeight', clientHeight);
});

beforeEach(() => {
  list.mockReset();
  vi.mocked(applications.ids).mockReset();
  list.mockResolvedValue({ items: rows, total: 2 });
  vi.mocked(pipeline.stages).mockResolvedValue(testStages);
  vi.mocked(applications.tags).mockResolvedValue([]);
  vi.mocked(signals.signals).mockResolvedValue(new Map());
  localStorage.clear();
});

afterEach(() => {
  vi.useRealTimers();
  setFormatLocale(undefined);
});

describe('ApplicationsView', () => {
  it('reads the list again when the backend reports a change (app:changed), keeping the rows meanwhile', async () => {
    const emit = installRuntime();
    const client = testQueryClient();
    const off = connectBackendEvents(client);
    try {
      renderWithTheme(
        <ApplicationsView search="" addOpened={false} onAddOpenedChange={() => {}} firstRun={FirstRunStub} />,
        client,
      );
      expect(await screen.findByText('2 applications')).toBeInTheDocument();
      const calls = list.mock.calls.length;
      let answer: (r: { items: typeof rows; total: number }) => void = () => {};
      list.mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)));
      // What the CLI or an import makes the backend emit.
      emit('app:changed', { ids: [] });
      await waitFor(() => expect(list.mock.calls.length).toBe(calls + 1));
      expect(queries().at(-1)).toMatchObject({ offset: 0, limit: 100, search: '' });
      expect(screen.getByText('Globex')).toBeInTheDocument(); // the rows stay while it is read again
      const added = app({ id: 13, company: 'Initech', title: 'Platform', stageId: 1, stage: 'Wishlist' });
      await act(async () => answer({ items: [...rows, added], total: 3 }));
      expect(await screen.findByText('3 applications')).toBeInTheDocument();
      expect(screen.getByText('Initech')).toBeInTheDocument();
    } finally {
      off();
      delete window.runtime;
    }
  });

  it('shows days since applied and the signals; the salary column is chosen and remembered', async () => {
    const applied = dayjs().subtract(9, 'day').format('YYYY-MM-DD');
    list.mockResolvedValue({
      items: [
        { ...rows[0], dateApplied: applied, salary: { min: 5_500_000, max: 0, currency: 'EUR', period: 'year' } },
      ],
      total: 1,
    });
    vi.mocked(signals.signals).mockResolvedValue(
      new Map([
        [11, { id: 11, nextInterview: '', nextInterviewTitle: '', followUpDue: '2020-01-01', followUpsDue: 2 }],
      ]),
    );
    const user = userEvent.setup();
    const { unmount } = view();
    const table = await screen.findByRole('table', { name: 'Applications' });
    const row = within(table).getAllByRole('row')[1];
    expect(within(row).getByTitle(/^9 days since applied/)).toHaveTextContent('9');
    expect(await within(row).findByText('Follow-up overdue (2)')).toBeInTheDocument();
    expect(within(table).queryByRole('columnheader', { name: 'Salary' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Columns' }));
    await user.click(screen.getByRole('checkbox', { name: 'Salary' }));
    expect(within(table).getByRole('columnheader', { name: 'Salary' })).toBeInTheDocument();
    expect(within(row).getByText(/55K/)).toBeInTheDocument();
    unmount();

    view();
    const again = await screen.findByRole('table', { name: 'Applications' });
    expect(within(again).getByRole('columnheader', { name: 'Salary' })).toBeInTheDocument();
  });

  it('renders one row per application with its fields and id', async () => {
    view();
    const table = await screen.findByRole('table', { name: 'Applications' });
    const bodyRows = within(table).getAllByRole('row').slice(1);
    expect(bodyRows).toHaveLength(2);
    expect(bodyRows[0]).toHaveAttribute('data-app-id', '11');
    expect(within(bodyRows[0]).getByText('Acme')).toBeInTheDocument();
    expect(within(bodyRows[0]).getByText('Go Engineer')).toBeInTheDocument();
    expect(within(bodyRows[0]).getByText('Applied')).toBeInTheDocument();
    expect(within(bodyRows[1]).getByText('Rejected')).toBeInTheDocument();
    expect(bodyRows[1]).toHaveAttribute('data-app-id', '12');
    expect(screen.getByText('2 applications')).toBeInTheDocument();
    expect(queries()[0]).toMatchObject({ search: '', sort: 'updated', desc: true });
  });

  it('searches as you type, one request at a time: keystrokes made meanwhile wait and only the newest is sent', async () => {
    let answerFirst: (v: { items: typeof rows; total: number }) => void = () => {};
    list.mockReset();
    list
      .mockImplementationOnce(async () => ({ items: rows, total: 2 })) // the first page, no search
      .mockImplementationOnce(() => new Promise((r) => (answerFirst = r))) // "a": slow
      .mockImplementation(async (q: ListQuery = {}) => {
        const items = rows.filter((r) => r.company.toLowerCase().includes(q.search ?? ''));
        return { items, total: items.length };
      });
    const { rerender } = view('');
    await screen.findByText('2 applications');
    const type = (s: string) =>
      rerender(<ApplicationsView search={s} addOpened={false} onAddOpenedChange={() => {}} firstRun={FirstRunStub} />);
    type('a'); // sent at once: nothing in flight
    await waitFor(() => expect(queries().map((q) => q.search)).toEqual(['', 'a']));
    type('ac');
    type('acm');
    type('acme');
    await act(async () => {});
    expect(queries().map((q) => q.search)).toEqual(['', 'a']); // "a" is still on its way
    await act(async () => answerFirst({ items: rows, total: 2 }));
    await waitFor(() => expect(queries().map((q) => q.search)).toEqual(['', 'a', 'acme'])); // "ac", "acm" never sent
    expect(await screen.findByText('1 application')).toBeInTheDocument(); // the answer for "acme", not the stale "a"
    expect(screen.getByText('Acme')).toBeInTheDocument();
  });

  it('sends the search text trimmed', async () => {
    const { rerender } = view('');
    await screen.findByRole('table', { name: 'Applications' });
    rerender(
      <ApplicationsView search="  globex " addOpened={false} onAddOpenedChange={() => {}} firstRun={FirstRunStub} />,
    );
    await waitFor(() => expect(queries().at(-1)?.search).toBe('globex'));
  });

  it('sorts by a column when its header is clicked, toggling direction', async () => {
    const user = userEvent.setup();
    view();
    await screen.findByRole('table', { name: 'Applications' });
    const companyHeader = screen.getByRole('columnheader', { name: /Company/ });
    expect(companyHeader).toHaveAttribute('aria-sort', 'none');
    await user.click(within(companyHeader).getByRole('button'));
    await waitFor(() => expect(queries().at(-1)).toMatchObject({ sort: 'company', desc: false }));
    expect(companyHeader).toHaveAttribute('aria-sort', 'ascending');
    await user.click(within(companyHeader).getByRole('button'));
    await waitFor(() => expect(queries().at(-1)).toMatchObject({ sort: 'company', desc: true }));
    expect(companyHeader).toHaveAttribute('aria-sort', 'descending');
    await user.click(within(screen.getByRole('columnheader', { name: /Applied/ })).getByRole('button'));
    await waitFor(() => expect(queries().at(-1)).toMatchObject({ sort: 'applied', desc: true }));
  });

  it('filters by stage', async () => {
    view();
    await screen.findByRole('table', { name: 'Applications' });
    const filter = screen.getByRole('combobox', { name: 'Filter by stage' });
    await waitFor(() => expect(within(filter).getByRole('option', { name: 'Applied' })).toBeInTheDocument());
    fireEvent.change(filter, { target: { value: '2' } });
    await waitFor(() => expect(queries().at(-1)).toMatchObject({ stageIds: [2] }));
    fireEvent.change(filter, { target: { value: '' } });
    await waitFor(() => expect(queries().at(-1)).toMatchObject({ stageIds: [] }));
  });

  it('shows the first-run empty state with a single Add application button', async () => {
    list.mockResolvedValue({ items: [], total: 0 });
    const onAdd = vi.fn();
    renderWithTheme(<ApplicationsView search="" addOpened={false} onAddOpenedChange={onAdd} firstRun={FirstRunStub} />);
    expect(await screen.findByText(/Huntbook keeps your job search on your computer/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    const buttons = screen.getAllByRole('button', { name: 'Add application' });
    expect(buttons).toHaveLength(1);
    fireEvent.click(buttons[0]);
    expect(onAdd).toHaveBeenCalledWith(true);
  });

  it('says nothing matched instead of the first-run message when a search finds nothing', async () => {
    list.mockResolvedValue({ items: [], total: 0 });
    view('zzz');
    expect(await screen.findByText(/No applications match/)).toBeInTheDocument();
    expect(screen.queryByText(/keeps your job search/)).not.toBeInTheDocument();
  });

  it('shows a backend error', async () => {
    const { ApiError } = await import('../../api');
    list.mockRejectedValue(new ApiError('corrupt', 'database disk image is malformed'));
    view();
    expect(await screen.findByRole('alert')).toHaveTextContent('database disk image is malformed');
  });

  it('loads only the page in view out of 5,000, and the next pages as the list scrolls', async () => {
    const many = Array.from({ length: 5000 }, (_, i) =>
      app({ id: i + 1, company: `Company ${i + 1}`, title: 'Engineer' }),
    );
    list.mockImplementation(async (q: ListQuery = {}) => ({
      items: many.slice(q.offset ?? 0, (q.offset ?? 0) + (q.limit || many.length)),
      total: many.length,
    }));
    view();
    const table = await screen.findByRole('table', { name: 'Applications' });
    expect(screen.getByText('5000 applications')).toBeInTheDocument();
    expect(queries()[0]).toMatchObject({ offset: 0, limit: 100 });
    const bodyRows = within(table).getAllByRole('row').slice(1);
    expect(bodyRows.length).toBeGreaterThan(10);
    expect(bodyRows.length).toBeLessThan(60);
    expect(table).toHaveAttribute('aria-rowcount', '5001');
    expect(within(table).getByText('Company 1')).toBeInTheDocument();
    expect(within(table).queryByText('Company 4000')).not.toBeInTheDocument();
    expect(queries().every((q) => (q.limit ?? 0) > 0 && (q.limit ?? 0) <= 300)).toBe(true); // never the whole list

    // Scroll far down: the rows there are fetched, a page or two, not everything before them.
    const scroller = table.parentElement as HTMLElement;
    scroller.scrollTop = 3999 * 41;
    fireEvent.scroll(scroller);
    expect(await within(table).findByText('Company 4000')).toBeInTheDocument();
    const later = queries().slice(1);
    expect(later.length).toBeGreaterThan(0);
    expect(later.every((q) => (q.offset ?? 0) >= 3800 && (q.limit ?? 0) <= 300)).toBe(true);

    // "Select all" needs every id, which the loaded pages do not hold: one call for the ids.
    vi.mocked(applications.ids).mockResolvedValue(many.map((a) => a.id));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select all applications shown' }));
    expect(await screen.findByText('5000 selected')).toBeInTheDocument();
    expect(vi.mocked(applications.ids).mock.calls[0][0]).toMatchObject({ sort: 'updated', desc: true });
  });

  it('sends the outcome, tag and date filters, and shows a date error under its field', async () => {
    const { ApiError } = await import('../../api');
    setFormatLocale('en-US');
    const user = userEvent.setup({ delay: null });
    vi.mocked(applications.tags).mockResolvedValue(['remote', 'startup']);
    view();
    await screen.findByRole('table', { name: 'Applications' });
    fireEvent.change(screen.getByRole('combobox', { name: 'Filter by outcome' }), { target: { value: 'rejected' } });
    await waitFor(() => expect(queries().at(-1)).toMatchObject({ outcomes: ['rejected'] }));
    const tag = screen.getByRole('combobox', { name: 'Filter by tag' });
    await waitFor(() => expect(within(tag).getByRole('option', { name: 'startup' })).toBeInTheDocument());
    fireEvent.change(tag, { target: { value: 'startup' } });
    await waitFor(() => expect(queries().at(-1)).toMatchObject({ tag: 'startup', outcomes: ['rejected'] }));

    // The date filters are DateFields: the locale's order (here MM/DD/YYYY) or ISO.
    const to = screen.getByLabelText('Applied to');
    expect(to).toHaveAttribute('placeholder', 'MM/DD/YYYY');
    await user.type(to, '31/1/2025');
    await user.tab();
    expect(
      await screen.findByText(/“31\/1\/2025” is not a date: type it as MM\/DD\/YYYY or YYYY-MM-DD/),
    ).toBeInTheDocument();
    expect(queries().some((q) => q.appliedTo !== undefined && q.appliedTo !== '')).toBe(false); // not sent
    await user.clear(to);
    await user.type(to, '1/31/2025');
    await user.tab();
    await waitFor(() => expect(queries().at(-1)).toMatchObject({ appliedTo: '2025-01-31' }));
    expect(to).toHaveValue('01/31/2025');
    await user.clear(to);
    await waitFor(() => expect(queries().at(-1)).toMatchObject({ appliedTo: '' }));

    list.mockRejectedValueOnce(new ApiError('invalid', 'appliedFrom is after appliedTo', 'appliedFrom'));
    await user.type(screen.getByLabelText('Applied from'), '2025-03-01');
    expect(await screen.findByText('appliedFrom is after appliedTo')).toBeInTheDocument();
    expect(queries().at(-1)).toMatchObject({ appliedFrom: '2025-03-01' });
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(queries().at(-1)).toMatchObject({ outcomes: [], tag: '', appliedFrom: '' }));
    expect(screen.getByLabelText('Applied from')).toHaveValue('');
  }, 60_000);

  it('opens the detail when a row is clicked', async () => {
    closeApplication();
    view();
    const table = await screen.findByRole('table', { name: 'Applications' });
    fireEvent.click(within(table).getByText('SRE'));
    expect(openedApplication()).toBe(12);
    closeApplication();
    fireEvent.click(within(table).getByRole('button', { name: 'Acme' }));
    expect(openedApplication()).toBe(11);
    closeApplication();
  });

  it('names the outcome of a closed application in its stage badge when the outcome column is not shown', async () => {
    localStorage.setItem('huntbook.list.columns', JSON.stringify(['location', 'applied']));
    view();
    const table = await screen.findByRole('table', { name: 'Applications' });
    expect(within(table).queryByRole('columnheader', { name: 'Outcome' })).toBeNull();
    expect(within(table).getByText('Wishlist · Rejected')).toBeInTheDocument();
    expect(within(table).getByTitle('Applied')).toHaveTextContent(/^Applied$/); // open: the stage alone
  });

  it('lifts the notices above the bulk bar while it shows', async () => {
    const { unmount } = view();
    await screen.findByRole('table', { name: 'Applications' });
    expect(document.body).not.toHaveAttribute('data-bulk-bar');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select Acme, Go Engineer' }));
    await screen.findByText('1 selected');
    expect(document.body).toHaveAttribute('data-bulk-bar');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select Acme, Go Engineer' }));
    await waitFor(() => expect(document.body).not.toHaveAttribute('data-bulk-bar'));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select Acme, Go Engineer' }));
    await screen.findByText('1 selected');
    unmount();
    expect(document.body).not.toHaveAttribute('data-bulk-bar');
  });

  it('selects a range with shift-click and moves it in bulk', async () => {
    const three = [...rows, app({ id: 13, company: 'Initech', title: 'Dev', stageId: 1, stage: 'Wishlist' })];
    list.mockResolvedValue({ items: three, total: 3 });
    vi.mocked(applications.bulkMove).mockResolvedValue();
    view();
    await screen.findByRole('table', { name: 'Applications' });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select Acme, Go Engineer' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select Initech, Dev' }), { shiftKey: true });
    expect(await screen.findByText('3 selected')).toBeInTheDocument();
    expect(applications.ids).not.toHaveBeenCalled(); // every row is loaded: the order is known
    expect(screen.getByRole('checkbox', { name: 'Select Globex, SRE' })).toBeChecked();
    const calls = list.mock.calls.length;
    fireEvent.change(screen.getByRole('combobox', { name: 'Move selected to stage' }), { target: { value: '3' } });
    await waitFor(() => expect(applications.bulkMove).toHaveBeenCalledWith([11, 12, 13], 3));
    await waitFor(() => expect(list.mock.calls.length).toBeGreaterThan(calls)); // reloaded
    // Globex and Initech left the wishlist with no date applied: the backend filled in today.
    expect(await screen.findByText('Date applied: today')).toBeInTheDocument();
    expect(screen.getByText(/^2 applications left the wishlist \(Globex, Initech\)/)).toBeInTheDocument();
  });

  it('shows the bulk bar over the list without moving the rows', async () => {
    const { container } = view();
    const table = await screen.findByRole('table', { name: 'Applications' });
    const scroller = table.parentElement as HTMLElement;
    // What lies above the list in the page's flow, and the list's own box.
    const above = () =>
      Array.from(container.querySelectorAll('*')).filter(
        (el) => el.compareDocumentPosition(scroller) & Node.DOCUMENT_POSITION_FOLLOWING && !el.contains(scroller),
      );
    const before = above();
    const height = scroller.style.height;

    fireEvent.click(screen.getByRole('checkbox', { name: 'Select Acme, Go Engineer' }));
    const bar = await screen.findByRole('region', { name: 'Selected applications' });

    expect(above()).toEqual(before); // nothing was inserted above the rows
    expect(screen.getByRole('table', { name: 'Applications' }).parentElement).toBe(scroller);
    expect(scroller.style.height).toBe(height); // nor did the list shrink
    // The bar floats over the list's bottom edge.
    const overlay = bar.closest<HTMLElement>('[data-bulk-overlay]');
    expect(overlay).not.toBeNull();
    expect(getComputedStyle(overlay as HTMLElement).position).toBe('absolute');
  });

  it('deletes the selection only after confirming, and shows a failure', async () => {
    const { ApiError } = await import('../../api');
    vi.mocked(applications.remove).mockRejectedValueOnce(new ApiError('internal', 'disk is full'));
    view();
    await screen.findByRole('table', { name: 'Applications' });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select all applications shown' }));
    expect(await screen.findByText('2 selected')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Delete…' }));
    expect(applications.remove).not.toHaveBeenCalled();
    fireEvent.click(await screen.findByRole('button', { name: 'Delete 2 applications' }));
    await waitFor(() => expect(applications.remove).toHaveBeenCalledWith([11, 12]));
    expect(await screen.findByText('disk is full')).toBeInTheDocument();
  });

  it('adds and removes a tag on the selection', async () => {
    vi.mocked(applications.bulkTag).mockResolvedValue();
    view();
    await screen.findByRole('table', { name: 'Applications' });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select Globex, SRE' }));
    const all = screen.getByRole<HTMLInputElement>('checkbox', { name: 'Select all applications shown' });
    await waitFor(() => expect(all.indeterminate).toBe(true)); // one of two
    expect(all.checked).toBe(false);
    fireEvent.change(screen.getByRole('textbox', { name: 'Tag for selected' }), { target: { value: ' urgent ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add tag' }));
    await waitFor(() => expect(applications.bulkTag).toHaveBeenCalledWith([12], ['urgent'], []));
    fireEvent.change(screen.getByRole('textbox', { name: 'Tag for selected' }), { target: { value: 'old' } });
    fireEvent.click(screen.getByRole('button', { name: 'Remove tag' }));
    await waitFor(() => expect(applications.bulkTag).toHaveBeenCalledWith([12], [], ['old']));
  });
});
