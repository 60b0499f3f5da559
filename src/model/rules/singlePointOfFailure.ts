import { TRAFFIC_CLASSES, hasDemand } from '../queueing/workloadMapping.ts';
import { singlePointsOfFailure } from '../routing.ts';
import type { TopologyIndex } from '../topologyIndex.ts';
import type { Finding, Rule } from './finding.ts';
import { nameOf } from './finding.ts';

function describe(index: TopologyIndex, ids: string[]): string {
  return ids.map((id) => { const node = index.node(id); return node ? nameOf(node) : `cable ${id}`; }).join(', ');
}

/**
 * A server that one failed switch, adapter or cable would cut off from a fabric it uses. Fabrics
 * (SAN, LAN) stand for redundant networks and do not count. One finding per server.
 */
export const singlePointOfFailure: Rule = {
  id: 'single-point-of-failure',
  check({ index, routes }) {
    const findings: Finding[] = [];
    for (const server of index.servers) {
      const parts: string[] = [];
      const elements = new Set<string>();
      for (const trafficClass of TRAFFIC_CLASSES) {
        const serverRoutes = routes(server.id, trafficClass);
        if (!hasDemand(server.workload, trafficClass) || serverRoutes.length === 0) continue;
        const points = singlePointsOfFailure(serverRoutes);
        if (points.length === 0) continue;
        points.forEach((id) => elements.add(id));
        parts.push(`${trafficClass} on ${describe(index, points)}`);
      }
      if (parts.length === 0) continue;
      const ids = [...elements];
      findings.push({
        rule: 'single-point-of-failure', severity: 'warning',
        nodeIds: [server.id, ...ids.filter((id) => index.node(id))],
        linkIds: ids.filter((id) => index.link(id)),
        message: `${nameOf(server)} depends on a single element for ${parts.join('; ')}. One failure cuts it off: give it a second path (a second adapter, or a cable to a second IOV switch).`,
      });
    }
    return findings;
  },
};
