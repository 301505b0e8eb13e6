/** Typed calls to service.Insights: how the job search is going. */
import * as bound from '../../wailsjs/go/service/Insights';
import { call } from './backend';
import type { insights } from '../../wailsjs/go/models';
import { str, num } from './read';
import type { Assert, SameFields } from './read';

/** How many applications reached a stage (or a later one), and how many open ones are in it now. */
export interface FunnelStep {
  stageId: number;
  stage: string;
  reached: number;
  current: number;
}

/** One band of the Sankey diagram: indexes into InsightsReport.flow.nodes. */
export interface FlowLink {
  source: number;
  target: number;
  value: number;
}

/** The median days applications spent in a stage before leaving it. */
export interface StageDays {
  stage: string;
  medianDays: number;
  samples: number;
}

/** Applications sent in the ISO week starting on `week` (a Monday, YYYY-MM-DD). */
export interface WeekCount {
  week: string;
  count: number;
}

/** Everything the Insights view shows (backend/insights.Report), over the applications of the period. */
export interface InsightsReport {
  /** The period's first day (a Monday, YYYY-MM-DD). */
  since: string;
  /** Applications of every period. */
  tracked: number;
  /** Applications of the period: sent in it, or added in it and not sent. */
  total: number;
  open: number;
  funnel: FunnelStep[];
  /** Nodes are stage names, then outcomes (rejected, accepted...). */
  flow: { nodes: string[]; links: FlowLink[] };
  applied: number;
  responded: number;
  /** 0..1 */
  responseRate: number;
  /** -1 when unknown. */
  medianDaysToFirstResponse: number;
  stageDays: StageDays[];
  perWeek: WeekCount[];
  outcomes: Record<string, number>;
}

/** Fails to compile when the generated insights models and these interfaces differ in field names. */
export type InsightsDriftChecks = [
  Assert<SameFields<insights.Report, InsightsReport>>,
  Assert<SameFields<insights.FunnelStep, FunnelStep>>,
  Assert<SameFields<insights.Link, FlowLink>>,
  Assert<SameFields<insights.StageDays, StageDays>>,
  Assert<SameFields<insights.WeekCount, WeekCount>>,
];

const arr = (v: unknown): Record<string, unknown>[] =>
  Array.isArray(v) ? v.map((x) => (x && typeof x === 'object' ? (x as Record<string, unknown>) : {})) : [];

/** readReport fills a possibly partial report (Go sends nil slices as null). */
export function readReport(x: unknown): InsightsReport {
  const r = (x && typeof x === 'object' ? x : {}) as Record<string, unknown>;
  const flow = (r.flow && typeof r.flow === 'object' ? r.flow : {}) as Record<string, unknown>;
  const outcomes: Record<string, number> = {};
  if (r.outcomes && typeof r.outcomes === 'object') {
    for (const [k, v] of Object.entries(r.outcomes as Record<string, unknown>)) outcomes[k] = num(v);
  }
  const median = typeof r.medianDaysToFirstResponse === 'number' ? r.medianDaysToFirstResponse : -1;
  return {
    since: str(r.since),
    tracked: num(r.tracked),
    total: num(r.total),
    open: num(r.open),
    funnel: arr(r.funnel).map((f) => ({
      stageId: num(f.stageId),
      stage: str(f.stage),
      reached: num(f.reached),
      current: num(f.current),
    })),
    flow: {
      nodes: Array.isArray(flow.nodes) ? flow.nodes.map(str) : [],
      links: arr(flow.links).map((l) => ({ source: num(l.source), target: num(l.target), value: num(l.value) })),
    },
    applied: num(r.applied),
    responded: num(r.responded),
    responseRate: num(r.responseRate),
    medianDaysToFirstResponse: median,
    stageDays: arr(r.stageDays).map((s) => ({
      stage: str(s.stage),
      medianDays: num(s.medianDays),
      samples: num(s.samples),
    })),
    perWeek: arr(r.perWeek).map((w) => ({ week: str(w.week), count: num(w.count) })),
    outcomes,
  };
}

/** report computes the insights over the last `weeks` weeks (this one included), one bucket per week. */
export async function report(weeks: number): Promise<InsightsReport> {
  return readReport(await call(() => bound.Report(weeks)));
}
