import type { OfferedLoad } from '../offeredLoad.ts';
import type { TrafficClass } from '../queueing/workloadMapping.ts';
import type { Route } from '../routing.ts';
import type { Topology, TopologyNode } from '../schema.ts';
import type { TopologyIndex } from '../topologyIndex.ts';

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** A design-rule finding: what is wrong, what to do (the message), and where (the ids). */
export type Finding = {
  rule: string;
  severity: Severity;
  message: string;
  nodeIds: string[];
  linkIds: string[];
};

/** What the rules share, each piece computed once per check. */
export type RuleContext = {
  topology: Topology;
  index: TopologyIndex;
  routes(serverId: string, trafficClass: TrafficClass): Route[];
  load(): OfferedLoad;
};

export type Rule = { id: string; check(context: RuleContext): Finding[] };

/** How a node is named in a message: its label, and its id when the label does not say it. */
export function nameOf(node: TopologyNode): string {
  return node.label === node.id ? node.id : `${node.label} (${node.id})`;
}

export function percent(fraction: number): string {
  return `${Math.round(fraction * 100)} %`;
}
