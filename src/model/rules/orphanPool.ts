import type { Rule } from './finding.ts';
import { nameOf } from './finding.ts';

/** A switch holding adapters that no server is cabled to: the pool serves nobody. */
export const orphanPool: Rule = {
  id: 'orphan-pool',
  check({ index }) {
    return index.switches
      .filter((sw) => index.adaptersIn(sw.id).length > 0 && !index.linksOf(sw.id).some((l) => l.kind === 'pcie'))
      .map((sw) => ({
        rule: 'orphan-pool', severity: 'warning' as const, subjectId: sw.id,
        nodeIds: [sw.id, ...index.adaptersIn(sw.id).map((a) => a.id)], linkIds: [],
        message: `No server is cabled to ${nameOf(sw)}, so its pool of ${index.adaptersIn(sw.id).length} adapters serves nobody: cable servers to it over PCIe, or remove it.`,
      }));
  },
};
