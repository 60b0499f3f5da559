import type { Rule } from './finding.ts';
import { nameOf } from './finding.ts';

/** A server, switch or fabric with nothing attached: harmless, but probably forgotten. */
export const unusedNode: Rule = {
  id: 'unused-node',
  check({ topology, index }) {
    return topology.nodes
      .filter((node) => node.kind !== 'fc-hba' && node.kind !== 'eth-nic')
      .filter((node) => index.linksOf(node.id).length === 0 && index.adaptersIn(node.id).length === 0)
      .map((node) => ({
        rule: 'unused-node', severity: 'info' as const, nodeIds: [node.id], linkIds: [],
        message: `${nameOf(node)} is connected to nothing: cable it, or remove it.`,
      }));
  },
};
