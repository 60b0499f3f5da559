import { catalog } from '../catalog/index.ts';
import type { AdapterNode } from '../schema.ts';
import type { Observation, Rule } from './finding.ts';
import { countOf, nameOf } from './finding.ts';

const FABRIC_OF = { 'fc-hba': 'SAN', 'eth-nic': 'LAN' } as const;
type AdapterKind = keyof typeof FABRIC_OF;

/** An adapter in a server or a pool that reaches no fabric carries nothing. One finding per kind of adapter. */
export const adapterNotCabled: Rule = {
  id: 'adapter-not-cabled',
  check({ topology, index }) {
    const observations: Observation[] = [];
    for (const node of topology.nodes) {
      if ((node.kind !== 'fc-hba' && node.kind !== 'eth-nic') || !node.parentId || index.fabricOf(node.id)) continue;
      const parent = index.node(node.parentId);
      const where = parent?.kind === 'iov-switch' ? `in the pool of ${nameOf(parent)}` : `in ${parent ? nameOf(parent) : node.parentId}`;
      observations.push({
        rule: 'adapter-not-cabled', severity: 'warning', nodeIds: [node.id], linkIds: [], subjectId: node.id, remedy: node.kind,
        message: `${nameOf(node)} ${where} is cabled to no ${FABRIC_OF[node.kind]}, so it carries nothing: cable it to a ${FABRIC_OF[node.kind]}.`,
      });
    }
    return observations;
  },
  describeGroup(group) {
    const kind = group[0]!.remedy as AdapterKind;
    return `${countOf(group.length, catalog[kind].name)} are cabled to no ${FABRIC_OF[kind]}, so they carry nothing: cable each to a ${FABRIC_OF[kind]}.`;
  },
};

/** An adapter lying on the canvas, in neither a server nor a switch. One finding per kind of adapter. */
export const adapterNotPlaced: Rule = {
  id: 'adapter-not-placed',
  check({ topology }) {
    return topology.nodes
      .filter((node): node is AdapterNode => (node.kind === 'fc-hba' || node.kind === 'eth-nic') && !node.parentId)
      .map((node) => ({
        rule: 'adapter-not-placed', severity: 'warning' as const, nodeIds: [node.id], linkIds: [], subjectId: node.id, remedy: node.kind,
        message: `${nameOf(node)} is in neither a server nor a switch: drop this ${catalog[node.kind].name} on a server to dedicate it, or on an IOV switch to share it.`,
      }));
  },
  describeGroup(group) {
    const kind = group[0]!.remedy as AdapterKind;
    return `${countOf(group.length, catalog[kind].name)} are in neither a server nor a switch: drop each on a server to dedicate it, or on an IOV switch to share it.`;
  },
};
