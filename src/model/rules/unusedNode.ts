import { catalog } from '../catalog/index.ts';
import type { TopologyNode } from '../schema.ts';
import type { Rule } from './finding.ts';
import { countOf, nameOf } from './finding.ts';

/** A server, switch or fabric with nothing attached: harmless, but probably forgotten. One finding per kind. */
export const unusedNode: Rule = {
  id: 'unused-node',
  check({ topology, index }) {
    return topology.nodes
      .filter((node) => node.kind !== 'fc-hba' && node.kind !== 'eth-nic')
      .filter((node) => index.linksOf(node.id).length === 0 && index.adaptersIn(node.id).length === 0)
      .map((node) => ({
        rule: 'unused-node', severity: 'info' as const, nodeIds: [node.id], linkIds: [], subjectId: node.id, remedy: node.kind,
        message: `${nameOf(node)} is connected to nothing: cable it, or remove it.`,
      }));
  },
  describeGroup(group) {
    const kind = group[0]!.remedy as TopologyNode['kind'];
    return `${countOf(group.length, catalog[kind].name)} are connected to nothing: cable them, or remove them.`;
  },
};
