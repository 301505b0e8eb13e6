import userEvent from '@testing-library/user-event';
import dayjs from 'dayjs';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, applications, pipeline, settings, signals, type Application, type ListQuery } from '../../api';
import { setFormatLocale } from '../../shared/format';
import { renderWithTheme, testQueryClient } from '../../test/render';
import { installRuntime } from '../../test/runtime';
import { connectBackendEvents } from '../../app/invalidation';
import { app, testStages } from '../../test/applications';
import { closeApplication, openedApplication } from '../../app/navigation';
import { cardSlot } from './BoardCard';
import { BoardView } from './BoardView';

vi.mock('../../api', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../api')>();
  return {
    ...real,
    applications: {
      ...real.applications,
      cards: vi.fn(),
      tags: vi.fn(),
      move: vi.fn(),
      setOutcome: vi.fn(),
      create: vi.fn(),
    },
    pipeline: { ...real.pipeline, stages: vi.fn() },
    signals: { ...real.signals, signals: vi.fn() },
    settings: { ...real.settings, get: vi.fn(), save: vi.fn() },
  };
});

const list = vi.mocked(applications.cards);
const cards: Application[] = [
  app({ id: 1, company: 'Acme', title: 'Go Engineer', stageId: 1, stage: 'Wishlist', tags: ['remote'] }),
  app({ id: 2, company: 'Globex', title: 'SRE', stageId: 2, stage: 'Applied' }),
  app({ id: 3, company: 'Umbrella', title: 'Staff', stageId: 2, stage: 'Applied', outcome: 'rejected' }),
];
const prefs = { ...settings.defaultPreferences, theme: 'system' as const };

// jsdom has no layout: give the lanes' scrollers a screenful so the virtualiser renders cards.
const clientHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 });
});
afterAll(() => {
  if (clientHeight) Object.defineProperty(HTMLElement.prototype, 'clientHeight', clientHeight);
});

beforeEach(() => {
  vi.clearAllMocks();
  // The backend's filter by outcome: the board asks for the open cards, then the closed ones.
  list.mockImplementation(async (q: ListQuery = {}) => {
    const all = cards.filter(
      (c) =>
        (!q.outcomes?.length || q.outcomes.includes(c.outcome)) &&
        (!q.stageIds?.length || q.stageIds.includes(c.stageId)),
    );
    const items = q.limit ? all.slice(q.offset ?? 0, (q.offset ?? 0) + q.limit) : all;
    return { items, total: all.length };
  });
  vi.mocked(pipeline.stages).mockResolvedValue(testStages);
  vi.mocked(signals.signals).mockResolvedValue(new Map());
  vi.mocked(applications.tags).mockResolvedValue(['remote']);
  vi.mocked(settings.get).mockResolvedValue({ ...prefs });
  vi.mocked(settings.save).mockImplementation(async (p) => p);
});

const lane = (name: string) => screen.getByRole('region', { name: new RegExp(`^${name}`) });

afterEach(() => setFormatLocale(undefined));

describe('BoardView', () => {
  it('shows where, the pay, days since applied and badges for the next interview and an overdue follow-up', async () => {
    const today = dayjs();
    const rich = app({
      id: 7,
      company: 'Initech',
      title: 'Platform Engineer',
      stageId: 2,
      stage: 'Applied',
      location: 'Berlin',
      remote: 'hybrid',
      salary: { min: 6_000_000, max: 7_500_000, currency: 'EUR', period: 'year' },
      dateApplied: today.subtract(12, 'day').format('YYYY-MM-DD'),
      tags: ['referral'],
    });
    cards.push(rich);
    vi.mocked(signals.signals).mockResolvedValue(
      new Map([
        [
          7,
          {
            id: 7,
            nextInterview: today.add(1, 'day').hour(10).toISOString(),
            nextInterviewTitle: 'Onsite',
            followUpDue: today.subtract(3, 'day').format('YYYY-MM-DD'),
            followUpsDue: 1,
          },
        ],
      ]),
    );
    try {
      renderWithTheme(<BoardView search="" />);
      const card = (await screen.findByRole('button', { name: /^Initech Platform Engineer\b/ })).closest(
        '[data-app-id]',
      );
      if (!(card instanceof HTMLElement)) throw new Error('no card');
      expect(within(card).getByText('Berlin · hybrid')).toBeInTheDocument();
      expect(within(card).getByTitle('Salary')).toHaveTextContent(/60K.*75K\/yr/);
      expect(within(card).getByText('12 days')).toBeInTheDocument();
      expect(await within(card).findByText('Interview tomorrow')).toBeInTheDocument();
      expect(within(card).getByText('Follow-up overdue')).toBeInTheDocument();
      // Two badges fill the one-line badge row: no tag is squeezed in half-cut beside them.
      expect(within(card).queryByText('referral')).not.toBeInTheDocument();
      expect(vi.mocked(signals.signals)).toHaveBeenCalledWith(today.format('YYYY-MM-DD'));
    } finally {
      cards.pop();
    }
  });

  it('shows a lane per stage with its open count and the cards in it; closed cards fade', async () => {
    renderWithTheme(<BoardView search="" />);
    await screen.findByText('Acme');
    expect(within(lane('Wishlist')).getByText('Acme')).toBeInTheDocument();
    const applied = lane('Applied');
    expect(within(applied).getByText('Globex')).toBeInTheDocument();
    expect(within(applied).getByLabelText('1 open')).toBeInTheDocument();
    const umbrella = await within(applied).findByRole('button', { name: /^Umbrella Staff\b.*\bRejected/ }); // the second call
    expect(within(applied).getByText('+1 closed')).toBeInTheDocument();
    expect(umbrella.closest('[data-app-id]')).toHaveAttribute('data-faded');
    expect(screen.getByText('2 open applications')).toBeInTheDocument();
    expect(list.mock.calls[0][0]).toMatchObject({ search: '', tag: '', outcomes: ['open'] });
    expect(list.mock.calls[0][0]?.limit ?? 0).toBe(0); // every card, not a page
    // Each lane asks for its own closed cards, a page at a time.
    const closedCalls = list.mock.calls.map((c) => c[0] ?? {}).filter((q) => q.outcomes?.includes('rejected'));
    expect(closedCalls.map((q) => q.stageIds)).toEqual(expect.arrayContaining([[1], [2], [3]]));
    expect(closedCalls.every((q) => q.limit === 100 && q.offset === 0)).toBe(true);
  });

  it('puts closed cards in their own lane when the preference says so, and saves the choice', async () => {
    vi.mocked(settings.get).mockResolvedValue({ ...prefs, closedCards: 'lane' });
    renderWithTheme(<BoardView search="" />);
    await screen.findByText('Umbrella');
    expect(within(lane('Closed')).getByText('Umbrella')).toBeInTheDocument();
    expect(within(lane('Applied')).queryByText('Umbrella')).not.toBeInTheDocument();
    fireEvent.click(screen.getByText('Fade'));
    await waitFor(() => expect(settings.save).toHaveBeenCalledWith({ ...prefs, closedCards: 'fade' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: /^Closed/ })).not.toBeInTheDocument());
  });

  it('moves a card through its menu at once and records it through the backend', async () => {
    // The backend answers the move only when told, and lists the card where it was moved after that.
    let answer = () => {};
    let moved = false;
    vi.mocked(applications.move).mockImplementation(
      (id, stageId) =>
        new Promise((resolve) => {
          answer = () => {
            moved = true;
            resolve({ ...cards[0], id, stageId });
          };
        }),
    );
    const backend = list.getMockImplementation();
    list.mockImplementation(async (q) => {
      const r = await backend!(q);
      return { ...r, items: r.items.map((c) => (moved && c.id === 1 ? { ...c, stageId: 3 } : c)) };
    });
    renderWithTheme(<BoardView search="" />);
    await screen.findByText('Acme');
    fireEvent.click(screen.getByRole('button', { name: 'Move Acme, Go Engineer to…' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Interviewing' }));
    // At once: before the backend has answered.
    await waitFor(() => expect(within(lane('Interviewing')).getByText('Acme')).toBeInTheDocument());
    expect(applications.move).toHaveBeenCalledWith(1, 3);
    const calls = list.mock.calls.length;
    answer();
    await waitFor(() => expect(list.mock.calls.length).toBeGreaterThan(calls)); // read again once settled
    expect(within(lane('Interviewing')).getByText('Acme')).toBeInTheDocument();
    expect(within(lane('Wishlist')).queryByText('Acme')).not.toBeInTheDocument();
  });

  it('says so when a move out of the wishlist filled in the date applied', async () => {
    setFormatLocale('en-US');
    const today = dayjs().format('YYYY-MM-DD');
    vi.mocked(applications.move).mockResolvedValue({ ...cards[0], stageId: 2, dateApplied: today });
    renderWithTheme(<BoardView search="" />);
    await screen.findByText('Acme');
    fireEvent.click(screen.getByRole('button', { name: 'Move Acme, Go Engineer to…' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Applied' }));
    expect(await screen.findByText('Date applied: today')).toBeInTheDocument();
    // The date as the page's one formatter shows it in the locale (here en-US), not as ISO.
    const shown = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(
      Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)) - 1, Number(today.slice(8, 10))),
    );
    expect(
      screen.getByText(`Acme left the wishlist, so its date applied is ${shown}.`, { exact: false }),
    ).toBeInTheDocument();
    expect(screen.queryByText(today, { exact: false })).not.toBeInTheDocument();
  });

  it('puts the card back and says why when the backend refuses a move', async () => {
    vi.mocked(applications.move).mockRejectedValue(new ApiError('not_found', 'application 1 does not exist'));
    renderWithTheme(<BoardView search="" />);
    await screen.findByText('Acme');
    fireEvent.click(screen.getByRole('button', { name: 'Move Acme, Go Engineer to…' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Applied' }));
    expect(await screen.findByText('application 1 does not exist')).toBeInTheDocument();
    await waitFor(() => expect(within(lane('Wishlist')).getByText('Acme')).toBeInTheDocument());
  });

  it('sets an outcome from the card menu', async () => {
    vi.mocked(applications.setOutcome).mockResolvedValue(cards[1]);
    renderWithTheme(<BoardView search="" />);
    await screen.findByText('Globex');
    fireEvent.click(screen.getByRole('button', { name: 'Move Globex, SRE to…' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Ghosted' }));
    await waitFor(() => expect(applications.setOutcome).toHaveBeenCalledWith(2, 'ghosted'));
  });

  it('moves a closed card, which its lane fetched, from its menu; the lanes fetch again', async () => {
    vi.mocked(applications.move).mockResolvedValue(cards[2]);
    renderWithTheme(<BoardView search="" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Move Umbrella, Staff to…' }));
    const before = list.mock.calls.length;
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Wishlist' }));
    await waitFor(() => expect(applications.move).toHaveBeenCalledWith(3, 1));
    await waitFor(() => expect(list.mock.calls.length).toBeGreaterThan(before)); // reloaded
  });

  it("reads a lane's closed cards again when the backend reports a change (app:changed)", async () => {
    const emit = installRuntime();
    const client = testQueryClient();
    const off = connectBackendEvents(client);
    try {
      renderWithTheme(<BoardView search="" />, client);
      const applied = await waitFor(() => lane('Applied'));
      expect(await within(applied).findByText('+1 closed')).toBeInTheDocument();
      const closedCalls = () =>
        list.mock.calls.map((c) => c[0] ?? {}).filter((q) => q.stageIds?.[0] === 2 && q.outcomes?.includes('rejected'));
      const before = closedCalls().length;
      // Another program closed Globex.
      cards[1] = { ...cards[1], outcome: 'withdrawn' };
      emit('app:changed', { ids: [2] });
      expect(await within(applied).findByText('+2 closed')).toBeInTheDocument();
      expect(closedCalls().length).toBeGreaterThan(before);
      expect(within(applied).getByLabelText('0 open')).toBeInTheDocument();
    } finally {
      cards[1] = { ...cards[1], outcome: 'open' };
      off();
      delete window.runtime;
    }
  });

  it("loads a lane's closed cards a page at a time as it scrolls", async () => {
    const many = Array.from({ length: 250 }, (_, i) =>
      app({ id: 100 + i, company: `Closed ${i}`, title: 'Dev', stageId: 1, stage: 'Wishlist', outcome: 'ghosted' }),
    );
    const all = [...cards, ...many];
    list.mockImplementation(async (q: ListQuery = {}) => {
      const hits = all.filter(
        (c) =>
          (!q.outcomes?.length || q.outcomes.includes(c.outcome)) &&
          (!q.stageIds?.length || q.stageIds.includes(c.stageId)),
      );
      return { items: q.limit ? hits.slice(q.offset ?? 0, (q.offset ?? 0) + q.limit) : hits, total: hits.length };
    });
    renderWithTheme(<BoardView search="" />);
    const wishlist = await waitFor(() => lane('Wishlist'));
    expect(await within(wishlist).findByText('+250 closed')).toBeInTheDocument();
    const wishlistClosed = () =>
      list.mock.calls.map((c) => c[0] ?? {}).filter((q) => q.stageIds?.[0] === 1 && q.outcomes?.includes('ghosted'));
    expect(wishlistClosed().map((q) => q.offset)).toEqual([0]);
    const scroller = within(wishlist).getByRole('list').parentElement as HTMLElement;
    scroller.scrollTop = 230 * cardSlot;
    fireEvent.scroll(scroller);
    expect(await within(wishlist).findByText('Closed 230')).toBeInTheDocument();
    expect(wishlistClosed().map((q) => q.offset)).toEqual([0, 200]);
  });

  it('opens a card menu from the keyboard and gives focus back to its button on Escape', async () => {
    const user = userEvent.setup();
    renderWithTheme(<BoardView search="" />);
    const button = await screen.findByRole('button', { name: 'Move Acme, Go Engineer to…' });
    button.focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('menuitem', { name: 'Applied' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('menuitem', { name: 'Applied' })).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getByRole('button', { name: 'Move Acme, Go Engineer to…' })).toHaveFocus());
    await user.keyboard('{Enter}'); // the second time through Mantine's own menu
    expect(await screen.findByRole('menuitem', { name: 'Applied' })).toBeInTheDocument();
  });

  it('quick-adds an application in the lane it was opened in, and shows a field error', async () => {
    vi.mocked(applications.create)
      .mockRejectedValueOnce(new ApiError('invalid', 'company is too long', 'company'))
      .mockImplementation(async (a) => app({ ...a, id: 9, stage: 'Applied' }));
    renderWithTheme(<BoardView search="" />);
    await screen.findByText('Acme');
    fireEvent.click(screen.getByRole('button', { name: 'Add to Applied' }));
    const form = screen.getByRole('form', { name: 'Add an application to Applied' });
    fireEvent.click(within(form).getByRole('button', { name: 'Add' }));
    expect(within(form).getByText('Company is required')).toBeInTheDocument();
    fireEvent.change(within(form).getByLabelText('Company'), { target: { value: 'Initech' } });
    fireEvent.change(within(form).getByLabelText('Job title'), { target: { value: 'Dev' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add' }));
    expect(await within(form).findByText('company is too long')).toBeInTheDocument();
    const calls = list.mock.calls.length;
    fireEvent.click(within(form).getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(screen.queryByRole('form')).not.toBeInTheDocument());
    expect(vi.mocked(applications.create).mock.calls[1][0]).toMatchObject({
      company: 'Initech',
      title: 'Dev',
      stageId: 2,
    });
    await waitFor(() => expect(list.mock.calls.length).toBeGreaterThan(calls)); // reloaded
  });

  it('filters by tag and search, and opens a card on click or Enter', async () => {
    closeApplication();
    renderWithTheme(<BoardView search="  acme " />);
    await screen.findByText('Acme');
    await waitFor(() => expect(list.mock.calls.at(-1)?.[0]).toMatchObject({ search: 'acme' }));
    const filter = screen.getByRole('combobox', { name: 'Filter board by tag' });
    await waitFor(() => expect(within(filter).getByRole('option', { name: 'remote' })).toBeInTheDocument());
    fireEvent.change(filter, { target: { value: 'remote' } });
    await waitFor(() => expect(list.mock.calls.at(-1)?.[0]).toMatchObject({ tag: 'remote' }));
    fireEvent.click(screen.getByText('Globex'));
    expect(openedApplication()).toBe(2);
    closeApplication();
    fireEvent.keyDown(screen.getByRole('button', { name: /^Acme Go Engineer\b/ }), { key: 'Enter', code: 'Enter' });
    expect(openedApplication()).toBe(1);
    closeApplication();
  });

  it('shows a backend error', async () => {
    list.mockRejectedValue(new ApiError('corrupt', 'database disk image is malformed'));
    renderWithTheme(<BoardView search="" />);
    const alert = await screen.findByText('database disk image is malformed');
    expect(alert.closest('[role=alert]')).toHaveTextContent('Could not load the board');
  });
});
