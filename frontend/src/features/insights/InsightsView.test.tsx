import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { insights, settings } from '../../api';
import { applicationsChanged } from '../../app/changes';
import { formatDate } from '../../shared/format';
import { renderWithTheme } from '../../test/render';
import { InsightsView } from './InsightsView';

vi.mock('../../api', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../api')>();
  return {
    ...real,
    insights: { ...real.insights, report: vi.fn() },
    settings: { ...real.settings, get: vi.fn(), save: vi.fn() },
  };
});

/** weeksOf is a period's weekly counts, oldest first (the last is this week). */
function weeksOf(counts: number[]): insights.WeekCount[] {
  return counts.map((count, i) => ({ week: `2026-09-${String(7 + 7 * i).padStart(2, '0')}`, count }));
}

/** reportFor is what the backend answers for a period: fewer applications in a shorter one. */
function reportFor(weeks: number): insights.InsightsReport {
  const short = weeks <= 12;
  return {
    since: short ? '2026-09-21' : '2026-06-15',
    tracked: 300,
    total: short ? 2 : 120,
    open: short ? 2 : 80,
    funnel: [],
    flow: { nodes: [], links: [] },
    applied: short ? 2 : 100,
    responded: short ? 1 : 60,
    responseRate: short ? 0.5 : 0.6,
    medianDaysToFirstResponse: 18.6,
    stageDays: [],
    perWeek: weeksOf([0, 2]),
    outcomes: {},
  };
}

beforeEach(() => {
  vi.mocked(insights.report)
    .mockReset()
    .mockImplementation((w: number) => Promise.resolve(reportFor(w)));
  vi.mocked(settings.get).mockResolvedValue({ ...settings.defaultPreferences });
});

describe('InsightsView period', () => {
  it('asks for the picked period and shows every figure of its reply', async () => {
    renderWithTheme(<InsightsView />);

    // Two applications in the period, 300 tracked: the figures, not "not enough to chart".
    expect(await screen.findByLabelText('Response rate: 50%')).toBeInTheDocument();
    expect(insights.report).toHaveBeenLastCalledWith(12);
    expect(screen.queryByText('Not enough to chart yet')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Applications: 2')).toBeInTheDocument();
    expect(
      screen.getByText(
        `Every figure counts the applications sent since ${formatDate('2026-09-21')} (or added since then and not sent): 2 of the 300 you track.`,
      ),
    ).toBeInTheDocument();
    // The unit is joined by a no-break space: "18.6 days" never wraps.
    const firstResponse = screen.getByLabelText('First response: 18.6 days');
    expect(firstResponse).toHaveStyle({ whiteSpace: 'nowrap' });
    expect(firstResponse.textContent).toBe('18.6\u00a0days');

    fireEvent.change(screen.getByLabelText('Period'), { target: { value: '26' } });
    await waitFor(() => expect(screen.getByLabelText('Response rate: 60%')).toBeInTheDocument());
    expect(insights.report).toHaveBeenLastCalledWith(26);
    expect(screen.getByLabelText('Applications: 120')).toBeInTheDocument();
    expect(screen.getByText('60 of 100 answered')).toBeInTheDocument();
  });

  it('reads again when applications change', async () => {
    renderWithTheme(<InsightsView />);
    await screen.findByLabelText('Response rate: 50%');
    vi.mocked(insights.report).mockResolvedValue({ ...reportFor(12), total: 3 });
    act(() => applicationsChanged([7]));
    expect(await screen.findByLabelText('Applications: 3')).toBeInTheDocument();
  });

  it('shows the failure with a way to try again', async () => {
    vi.mocked(insights.report).mockRejectedValueOnce(new Error('database is locked'));
    renderWithTheme(<InsightsView />);
    expect(await screen.findByText('database is locked')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByLabelText('Response rate: 50%')).toBeInTheDocument();
  });
});

describe('InsightsView empty states', () => {
  it('says how to get started with too few applications', async () => {
    vi.mocked(insights.report).mockResolvedValue({ ...reportFor(12), tracked: 2 });
    renderWithTheme(<InsightsView />);
    expect(await screen.findByText('Not enough to chart yet')).toBeInTheDocument();
    expect(screen.getByText(/you have 2\)/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Import from another tracker' })).toBeInTheDocument();
  });

  it('offers a longer period when this one is empty', async () => {
    vi.mocked(insights.report).mockImplementation(async (w: number) =>
      w === 12 ? { ...reportFor(12), total: 0, perWeek: weeksOf([0, 0]) } : reportFor(w),
    );
    renderWithTheme(<InsightsView />);
    expect(await screen.findByText('Nothing in the last 12 weeks')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Show the last 26 weeks' }));
    expect(await screen.findByLabelText('Applications: 120')).toBeInTheDocument();
    expect(screen.getByLabelText('Period')).toHaveValue('26');
  });
});

describe('InsightsView weekly goal', () => {
  it('shows this week against the goal and the streak', async () => {
    vi.mocked(settings.get).mockResolvedValue({ ...settings.defaultPreferences, weeklyGoal: 3 });
    vi.mocked(insights.report).mockResolvedValue({ ...reportFor(12), perWeek: weeksOf([1, 4, 3, 2]) });
    renderWithTheme(<InsightsView />);
    expect(await screen.findByText('2 of 3 this week')).toBeInTheDocument();
    expect(screen.getByText('Met 2 weeks in a row. 1 more to meet it this week.')).toBeInTheDocument();
    expect(screen.getByText('Met in 2 of the last 3 weeks')).toBeInTheDocument();
  });

  it('says how to set a goal when there is none', async () => {
    renderWithTheme(<InsightsView />);
    expect(await screen.findByRole('button', { name: 'Set a weekly goal' })).toBeInTheDocument();
    expect(screen.queryByText(/this week$/)).not.toBeInTheDocument();
  });
});
