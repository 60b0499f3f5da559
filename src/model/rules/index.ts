import { compareIds } from '../ids.ts';
import { offeredLoad, type OfferedLoad } from '../offeredLoad.ts';
import type { TrafficClass } from '../queueing/workloadMapping.ts';
import { routesOf, type Route } from '../routing.ts';
import type { Topology } from '../schema.ts';
import { indexOf } from '../topologyIndex.ts';
import { adapterNotCabled, adapterNotPlaced } from './adapterCabling.ts';
import { slotsExceeded, switchPortsExceeded } from './budgetsExceeded.ts';
import { SEVERITIES, type Finding, type Rule, type RuleContext, type Severity } from './finding.ts';
import { groupFindings } from './groupFindings.ts';
import { guaranteesExceedPool } from './guaranteesExceedPool.ts';
import { noPath } from './noPath.ts';
import { orphanPool } from './orphanPool.ts';
import { overload, pcieTooSlow } from './overload.ts';
import { singlePointOfFailure } from './singlePointOfFailure.ts';
import { unusedNode } from './unusedNode.ts';

export const RULES: readonly Rule[] = [
  noPath, switchPortsExceeded, slotsExceeded, overload, pcieTooSlow, guaranteesExceedPool,
  orphanPool, adapterNotCabled, adapterNotPlaced, singlePointOfFailure, unusedNode,
];

function createContext(topology: Topology): RuleContext {
  const routes = new Map<string, Route[]>();
  let load: OfferedLoad | undefined;
  return {
    topology,
    index: indexOf(topology),
    routes(serverId: string, trafficClass: TrafficClass) {
      const key = `${serverId}/${trafficClass}`;
      let found = routes.get(key);
      if (!found) routes.set(key, (found = routesOf(topology, serverId, trafficClass)));
      return found;
    },
    load: () => (load ??= offeredLoad(topology)),
  };
}

const severityRank = (s: Severity) => SEVERITIES.indexOf(s);

/**
 * Every finding of every rule, those with the same rule and remedy merged into one (groupFindings.ts);
 * errors first, then by rule and by the first id concerned.
 */
export function checkDesign(topology: Topology): Finding[] {
  const context = createContext(topology);
  return RULES.flatMap((rule) => groupFindings(rule, rule.check(context), context)).toSorted(
    (a, b) =>
      severityRank(a.severity) - severityRank(b.severity) ||
      RULES.findIndex((r) => r.id === a.rule) - RULES.findIndex((r) => r.id === b.rule) ||
      compareIds(a.nodeIds[0] ?? a.linkIds[0] ?? '', b.nodeIds[0] ?? b.linkIds[0] ?? ''),
  );
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

/** The elements the findings are about, each once: "3 servers with a single point of failure". */
export function subjectsOf(findings: readonly Finding[]): string[] {
  return [...new Set(findings.flatMap((f) => f.subjectIds))];
}

export { SEVERITIES, type Finding, type Severity } from './finding.ts';
export { UTILIZATION_WARNING } from './overload.ts';
