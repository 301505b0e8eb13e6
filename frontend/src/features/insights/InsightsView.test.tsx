import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { insights } from '../../api';
import { renderWithTheme } from '../../test/render';
import { InsightsView } from './InsightsView';

vi.mock('../../api', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../api')>();
  return { ...real, insights: { ...real.insights, report: vi.fn() } };
});

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
    medianDaysToFirstResponse: -1,
    stageDays: [],
    perWeek: [],
    outcomes: {},
  };
}

describe('InsightsView period', () => {
  it('asks for the picked period and shows every figure of its reply', async () => {
    const report = vi.mocked(insights.report).mockImplementation((w: number) => Promise.resolve(reportFor(w)));
    renderWithTheme(<InsightsView />);

    // Two applications in the period, 300 tracked: the figures, not "not enough to chart".
    expect(await screen.findByLabelText('Response rate: 50%')).toBeInTheDocument();
    expect(report).toHaveBeenLastCalledWith(12);
    expect(screen.queryByText('Not enough to chart yet')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Applications: 2')).toBeInTheDocument();
    expect(screen.getByText(/sent since 21 Sep 2026 .*: 2 of the 300 you track/)).toBeInTheDocument();

    fireEvent.change(screen.getByLabelText('Period'), { target: { value: '26' } });
    await waitFor(() => expect(screen.getByLabelText('Response rate: 60%')).toBeInTheDocument());
    expect(report).toHaveBeenLastCalledWith(26);
    expect(screen.getByLabelText('Applications: 120')).toBeInTheDocument();
    expect(screen.getByText('60 of 100 answered')).toBeInTheDocument();
  });
});
