import { TRAFFIC_CLASSES, hasDemand, type TrafficClass } from '../queueing/workloadMapping.ts';
import type { Observation, Rule } from './finding.ts';
import { nameOf } from './finding.ts';

const ADVICE = {
  storage: { fabric: 'SAN', adapter: 'FC HBA' },
  network: { fabric: 'LAN', adapter: 'Ethernet NIC' },
} as const;

/** A server that has demand of a class and no route to that class's fabric; one finding per class for all such servers. */
export const noPath: Rule = {
  id: 'no-path',
  check({ index, routes }) {
    const observations: Observation[] = [];
    for (const server of index.servers) {
      for (const trafficClass of TRAFFIC_CLASSES) {
        if (!hasDemand(server.workload, trafficClass) || routes(server.id, trafficClass).length > 0) continue;
        const { fabric, adapter } = ADVICE[trafficClass];
        observations.push({
          rule: 'no-path', severity: 'error', nodeIds: [server.id], linkIds: [], subjectId: server.id, remedy: trafficClass,
          message: `${nameOf(server)} has ${trafficClass} demand but no path to a ${fabric}: place an ${adapter} cabled to a ${fabric} in it, or cable it to an IOV switch whose pool has one.`,
        });
      }
    }
    return observations;
  },
  describeGroup(group) {
    const trafficClass = group[0]!.remedy as TrafficClass;
    const { fabric, adapter } = ADVICE[trafficClass];
    return `${group.length} servers have ${trafficClass} demand but no path to a ${fabric}: place an ${adapter} cabled to a ${fabric} in each, or cable them to an IOV switch whose pool has one.`;
  },
};
