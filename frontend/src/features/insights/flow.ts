import type { insights } from '../../api';

/** A Sankey the chart can draw: forward links only, over the nodes they use. */
export interface SankeyInput {
  nodes: { name: string }[];
  links: { source: number; target: number; value: number }[];
}

/**
 * sankeyData keeps the links that go forward (a later stage or an outcome;
 * moves back to an earlier stage would make a cycle, which a Sankey cannot
 * draw) and drops the nodes no link touches, renumbering the rest.
 */
export function sankeyData(flow: insights.InsightsReport['flow']): SankeyInput {
  const forward = flow.links.filter(
    (l) => l.value > 0 && l.source < l.target && l.source >= 0 && l.target < flow.nodes.length,
  );
  const used = [...new Set(forward.flatMap((l) => [l.source, l.target]))].sort((a, b) => a - b);
  return {
    nodes: used.map((n) => ({ name: outcomeLabel(flow.nodes[n]) })),
    // used holds every source and target, so indexOf always finds them.
    links: forward.map((l) => ({ source: used.indexOf(l.source), target: used.indexOf(l.target), value: l.value })),
  };
}

const outcomeNames: Record<string, string> = {
  accepted: 'Accepted',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
  ghosted: 'Ghosted',
  expired: 'Expired',
};

/** outcomeLabel capitalises outcome nodes ("rejected" -> "Rejected"); stage names stay as the user wrote them. */
export function outcomeLabel(node: string): string {
  return outcomeNames[node] ?? node;
}

/** percent formats a 0..1 rate. */
export function percent(rate: number): string {
  return `${Math.round(rate * 100)}%`;
}

/** Fewest applications before the charts say anything useful. */
export const minApplications = 3;
