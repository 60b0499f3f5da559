import { catalog } from '../catalog/index.ts';
import { TRAFFIC_CLASSES, hasDemand, type TrafficClass } from '../queueing/workloadMapping.ts';
import { singlePointsOfFailure } from '../routing.ts';
import type { AdapterNode, ServerNode } from '../schema.ts';
import type { TopologyIndex } from '../topologyIndex.ts';
import type { Observation, Rule } from './finding.ts';
import { nameOf } from './finding.ts';

/**
 * The fix a single point of failure calls for, which decides what merges: every server whose only
 * IOV switch is sw1 needs a second switch; every server with one dedicated FC HBA needs a second HBA.
 * A server cabled to two switches of which only one pools adapters for a class needs a pool on the
 * other. `other` merges only servers that hang on the very same nodes.
 */
type Remedy =
  | { kind: 'one-switch'; switchId: string }
  | { kind: 'one-pool'; switchId: string }
  | { kind: 'dedicated'; adapter: 'fc-hba' | 'eth-nic' }
  | { kind: 'other'; nodeIds: string[] };

const FABRIC = { 'fc-hba': 'SAN', 'eth-nic': 'LAN' } as const;
const CLASS_WORDS: Record<TrafficClass, string> = { storage: 'storage', network: 'the network' };

/**
 * A server that one failed switch, adapter or cable would cut off from a fabric it uses. Fabrics
 * (SAN, LAN) stand for redundant networks and do not count. Servers with the same fix are one finding.
 */
export const singlePointOfFailure: Rule = {
  id: 'single-point-of-failure',
  check({ index, routes }) {
    const observations: Observation[] = [];
    for (const server of index.servers) {
      const byRemedy = new Map<string, { remedy: Remedy; classes: TrafficClass[]; points: Set<string> }>();
      for (const trafficClass of TRAFFIC_CLASSES) {
        const serverRoutes = routes(server.id, trafficClass);
        if (!hasDemand(server.workload, trafficClass) || serverRoutes.length === 0) continue;
        const points = singlePointsOfFailure(serverRoutes);
        if (points.length === 0) continue;
        const remedy = remedyOf(server, points, index);
        const key = JSON.stringify(remedy);
        const entry = byRemedy.get(key) ?? { remedy, classes: [], points: new Set<string>() };
        entry.classes.push(trafficClass);
        points.forEach((id) => entry.points.add(id));
        byRemedy.set(key, entry);
      }
      for (const { remedy, classes, points } of byRemedy.values()) {
        const ids = [...points];
        observations.push({
          rule: 'single-point-of-failure', severity: 'warning', subjectId: server.id,
          remedy: JSON.stringify({ remedy, classes }),
          nodeIds: [server.id, ...ids.filter((id) => index.node(id))],
          linkIds: ids.filter((id) => index.link(id)),
          message: describeOne(server, remedy, classes, ids, index),
        });
      }
    }
    return observations;
  },
  describeGroup(group, { index }) {
    const { remedy, classes } = JSON.parse(group[0]!.remedy!) as { remedy: Remedy; classes: TrafficClass[] };
    const uses = classes.map((c) => CLASS_WORDS[c]).join(' and ');
    const servers = `${group.length} servers`;
    switch (remedy.kind) {
      case 'one-switch':
        return `${servers} reach ${uses} only through ${describe(index, [remedy.switchId])}: its failure cuts them all off. Cable each to a second IOV switch that has its own adapters.`;
      case 'one-pool':
        return `${servers} reach ${uses} only through the pool of ${describe(index, [remedy.switchId])}, though cabled to other IOV switches too: its failure cuts them all off. Give another of their switches adapters for ${uses}.`;
      case 'dedicated': {
        const adapter = catalog[remedy.adapter].name;
        return `${servers} each have a single ${adapter} for ${uses}: one failure cuts a server off. Add a second ${adapter} to each, cabled to a ${FABRIC[remedy.adapter]}.`;
      }
      case 'other':
        return `${servers} depend on ${describe(index, remedy.nodeIds)} alone for ${uses}: one failure cuts them off. Give each a second path (a second adapter, or a cable to a second IOV switch).`;
    }
  },
};

function remedyOf(server: ServerNode, points: readonly string[], index: TopologyIndex): Remedy {
  const nodes = points.flatMap((id) => index.node(id) ?? []);
  const sw = nodes.find((n) => n.kind === 'iov-switch');
  const switchesCabled = new Set(index.pcieCablesOf(server.id).map((cable) => cable.switchNode.id));
  if (sw) return { kind: switchesCabled.size === 1 ? 'one-switch' : 'one-pool', switchId: sw.id };
  const adapter = nodes.find((n): n is AdapterNode => (n.kind === 'fc-hba' || n.kind === 'eth-nic') && n.parentId === server.id);
  if (adapter) return { kind: 'dedicated', adapter: adapter.kind };
  return { kind: 'other', nodeIds: nodes.map((n) => n.id).toSorted() };
}

function describeOne(server: ServerNode, remedy: Remedy, classes: readonly TrafficClass[], points: readonly string[], index: TopologyIndex): string {
  const uses = classes.map((c) => CLASS_WORDS[c]).join(' and ');
  const nodes = points.filter((id) => index.node(id));
  const cables = points.filter((id) => index.link(id));
  switch (remedy.kind) {
    case 'one-switch': {
      const over = cables.length === 0 ? '' : `, over cable${cables.length === 1 ? '' : 's'} ${cables.join(', ')}`;
      return `${nameOf(server)} reaches ${uses} only through ${describe(index, nodes)}${over}: one failure cuts it off. Cable it to a second IOV switch that has its own adapters.`;
    }
    case 'one-pool':
      return `${nameOf(server)} reaches ${uses} only through the pool of ${describe(index, [remedy.switchId])}, though cabled to other IOV switches too: its failure cuts it off. Give another of its switches adapters for ${uses}.`;
    case 'dedicated': {
      const adapter = catalog[remedy.adapter].name;
      return `${nameOf(server)} has a single ${adapter} for ${uses}, ${describe(index, nodes.filter((id) => index.node(id)?.kind === remedy.adapter))}: its failure cuts it off. Add a second ${adapter}, cabled to a ${FABRIC[remedy.adapter]}.`;
    }
    case 'other':
      return `${nameOf(server)} depends on a single element for ${uses}: ${describe(index, points)}. One failure cuts it off: give it a second path (a second adapter, or a cable to a second IOV switch).`;
  }
}

function describe(index: TopologyIndex, ids: readonly string[]): string {
  return ids.map((id) => { const node = index.node(id); return node ? nameOf(node) : `cable ${id}`; }).join(', ');
}
