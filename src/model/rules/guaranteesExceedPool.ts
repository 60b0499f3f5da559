import { portRateBytesPerSecond } from '../rates.ts';
import { activeRoutes } from '../routing.ts';
import type { ServerNode } from '../schema.ts';
import type { Observation, Rule, RuleContext } from './finding.ts';
import { nameOf } from './finding.ts';

const ADAPTER = { storage: 'FC HBA', network: 'Ethernet NIC' } as const;

/** A class's guarantee in its own unit: storage MB/s (megabytes), network Mb/s (megabits). */
const UNIT = { storage: { name: 'MB/s', perByte: 1e-6 }, network: { name: 'Mb/s', perByte: 8e-6 } } as const;

const figure = (value: number) => Math.round(value).toLocaleString('en-US');

function guaranteeOf(server: ServerNode, trafficClass: 'storage' | 'network'): number {
  return (trafficClass === 'storage' ? server.qos?.storage?.minMBps : server.qos?.network?.minMbps) ?? 0;
}

/**
 * Guarantees (QoS `minMBps`, `minMbps`) of the servers sharing a pool that add up to more than the
 * pool carries: they cannot all be met when those servers all ask at once. A guarantee covers both
 * directions of its class together and may flow all one way (a backup reads), so the pool's
 * capacity is one direction's: the sum of its ports' rates. A server alternating between two
 * switches' pools counts its share in each, as its load does.
 */
export const guaranteesExceedPool: Rule = {
  id: 'guarantees-exceed-pool',
  check(context) {
    const findings: Observation[] = [];
    for (const group of context.load().groups) {
      if (group.kind !== 'pooled') continue;
      const { trafficClass } = group;
      const guaranteed = guaranteedServers(context, group.serverIds, group.ownerId, trafficClass);
      const total = guaranteed.reduce((sum, g) => sum + g.amount, 0);
      const capacity = group.adapterIds.reduce((sum, id) => {
        const adapter = context.index.node(id);
        return adapter?.kind === 'fc-hba' || adapter?.kind === 'eth-nic' ? sum + portRateBytesPerSecond(adapter) * adapter.props.ports : sum;
      }, 0) * UNIT[trafficClass].perByte;
      if (total <= capacity) continue;
      const owner = context.index.node(group.ownerId);
      const unit = UNIT[trafficClass].name;
      findings.push({
        rule: 'guarantees-exceed-pool', severity: 'warning', subjectId: group.ownerId,
        nodeIds: [group.ownerId, ...guaranteed.map((g) => g.server.id)], linkIds: [],
        message: `Guarantees on the ${trafficClass} pool of ${owner ? nameOf(owner) : group.ownerId} add up to ${figure(total)} ${unit} (${guaranteed.length} servers); the pool carries ${figure(capacity)} ${unit} each way, so they cannot all be met at once. Lower some guarantees, or add an ${ADAPTER[trafficClass]} to the pool.`,
      });
    }
    return findings;
  },
};

function guaranteedServers(context: RuleContext, serverIds: readonly string[], switchId: string, trafficClass: 'storage' | 'network') {
  return serverIds.flatMap((id) => {
    const server = context.index.node(id);
    if (server?.kind !== 'server') return [];
    const amount = guaranteeOf(server, trafficClass);
    if (amount <= 0) return [];
    const active = activeRoutes(context.routes(id, trafficClass)).routes;
    const here = active.filter((live) => live.route.kind === 'pooled' && live.route.switchId === switchId).length;
    return here === 0 ? [] : [{ server, amount: (amount * here) / active.length }];
  });
}
