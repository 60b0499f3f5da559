import type { OfferedLoad } from '../offeredLoad.ts';
import type { TrafficClass } from '../queueing/workloadMapping.ts';
import type { Route } from '../routing.ts';
import type { Topology, TopologyNode } from '../schema.ts';
import type { TopologyIndex } from '../topologyIndex.ts';

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * A design-rule finding: what is wrong, what to do (the message), and where (the ids). Findings of a
 * rule with the same remedy are one finding about all their elements (groupFindings.ts).
 */
export type Finding = {
  rule: string;
  severity: Severity;
  message: string;
  /** Every node concerned: the subjects first, then what they share (the switch). */
  nodeIds: string[];
  linkIds: string[];
  /**
   * The elements the finding is about, one per element the rule found wrong (the 8 servers of
   * "8 servers reach storage only through IOV switch (sw1)"): lessons and goals count these.
   */
  subjectIds: string[];
  /** The element its badge sits on: its one subject, or the element all its subjects share; null: none (the list alone shows it). */
  anchorId: string | null;
};

/**
 * What a rule finds wrong with one element, before the findings with the same remedy are merged.
 * `remedy` is the key of that merge: two observations of a rule with the same severity and remedy
 * become one finding. Without it the observation stays a finding of its own (its figures are its own).
 */
export type Observation = Omit<Finding, 'subjectIds' | 'anchorId'> & {
  subjectId: string;
  /** Where its badge sits while it stays alone; the subject when not said. */
  anchorId?: string;
  remedy?: string;
};

/** What the rules share, each piece computed once per check. */
export type RuleContext = {
  topology: Topology;
  index: TopologyIndex;
  routes(serverId: string, trafficClass: TrafficClass): Route[];
  load(): OfferedLoad;
};

export type Rule = {
  id: string;
  check(context: RuleContext): Observation[];
  /** The message of two or more observations with the same remedy: "8 servers …: add … to each". */
  describeGroup?(group: readonly Observation[], context: RuleContext): string;
};

/** How a node is named in a message: its label, and its id when the label does not say it. */
export function nameOf(node: TopologyNode): string {
  return node.label === node.id ? node.id : `${node.label} (${node.id})`;
}

export function percent(fraction: number): string {
  return `${Math.round(fraction * 100)} %`;
}

/** "8 servers", "2 IOV switches", "1 FC HBA": a count of a catalog kind's name, lower-cased where it is a common noun. */
export function countOf(count: number, name: string): string {
  const noun = name === 'Server' ? 'server' : name;
  return `${count} ${count === 1 ? noun : noun.endsWith('ch') ? `${noun}es` : `${noun}s`}`;
}
