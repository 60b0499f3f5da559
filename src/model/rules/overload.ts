import { catalog } from '../catalog/index.ts';
import { groupUtilization } from '../offeredLoad.ts';
import type { Observation, Rule } from './finding.ts';
import { nameOf, percent } from './finding.ts';

/** Above this offered utilization queues grow long (M/M/1 at 70 % waits 2.3 services on average): a warning. */
export const UTILIZATION_WARNING = 0.7;

const ADAPTER = { storage: 'FC HBA', network: 'Ethernet NIC' } as const;

/**
 * Offered load against the ports that serve it, analytically from the workloads and the catalog's
 * rates: at or above 100 % the queue never empties (an error), above 70 % it waits long (a warning).
 */
export const overload: Rule = {
  id: 'overload',
  check({ index, load }) {
    const findings: Observation[] = [];
    for (const group of load().groups) {
      const utilization = groupUtilization(group);
      if (utilization <= UTILIZATION_WARNING) continue;
      const owner = index.node(group.ownerId);
      const direction = group.load.up.utilization >= group.load.down.utilization
        ? (group.trafficClass === 'storage' ? 'reads' : 'received traffic')
        : (group.trafficClass === 'storage' ? 'writes' : 'transmitted traffic');
      const where = group.kind === 'pooled'
        ? `The ${group.trafficClass} pool of ${owner ? nameOf(owner) : group.ownerId} (${group.ports.length} ports, ${group.serverIds.length} servers)`
        : `The dedicated ${catalog[group.trafficClass === 'storage' ? 'fc-hba' : 'eth-nic'].name} ${group.adapterIds[0]} of ${owner ? nameOf(owner) : group.ownerId}`;
      const severe = utilization >= 1;
      findings.push({
        // Each pool or adapter has its own figures and its own fix: overloads never merge.
        rule: 'overload', severity: severe ? 'error' : 'warning', subjectId: group.kind === 'pooled' ? group.ownerId : group.adapterIds[0]!,
        nodeIds: [...group.adapterIds, ...(group.kind === 'pooled' ? [group.ownerId] : [])], linkIds: [],
        message: `${where} is offered ${percent(utilization)} of its capacity by ${direction}${severe ? ', more than it can carry: I/O would queue without end' : ': I/Os will wait long'}. Add an ${ADAPTER[group.trafficClass]}, use faster ones, or move some servers.`,
      });
    }
    return findings;
  },
};

/** A server's PCIe cable slower than the pooled traffic it must carry. */
export const pcieTooSlow: Rule = {
  id: 'pcie-too-slow',
  check({ index, load }) {
    const findings: Observation[] = [];
    for (const cable of load().cables) {
      const utilization = Math.max(cable.utilization.up, cable.utilization.down);
      if (utilization <= UTILIZATION_WARNING) continue;
      const server = index.node(cable.serverId);
      const severe = utilization >= 1;
      findings.push({
        rule: 'pcie-too-slow', severity: severe ? 'error' : 'warning', subjectId: cable.linkId,
        nodeIds: [cable.serverId, cable.switchId], linkIds: [cable.linkId],
        message: `The PCIe cable ${cable.linkId} of ${server ? nameOf(server) : cable.serverId} (${Math.round(cable.rateBytesPerSecond / 1e6)} MB/s) is offered ${percent(utilization)} of its rate${severe ? ': it is slower than the server’s demand' : ''}. Use more lanes or a newer PCIe generation.`,
      });
    }
    return findings;
  },
};
