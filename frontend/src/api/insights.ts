/** Typed calls to service.Insights: how the job search is going. */
import { call, goStruct } from './backend';
import type { Report, WeekCount } from './generated';

/** Everything the Insights view shows (backend/insights.Report), over the applications of the period. */
export type InsightsReport = Report;
export type { WeekCount };

const bound = goStruct('service', 'Insights');

/**
 * report computes the insights over the last `weeks` weeks (this one
 * included), one bucket per week. Go sends no null lists and -1 for an
 * unknown median (insights.TestEmpty, service's TestBoundResultsHaveNoNullLists).
 */
export async function report(weeks: number): Promise<InsightsReport> {
  return call(() => bound.Report(weeks));
}
