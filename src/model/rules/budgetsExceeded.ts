import { serverPortsUsed, slotCapacity, slotsUsed } from '../operations/budgets.ts';
import type { Observation, Rule } from './finding.ts';
import { nameOf } from './finding.ts';

/** More PCIe cables than a switch has server ports. */
export const switchPortsExceeded: Rule = {
  id: 'switch-ports-exceeded',
  check({ topology, index }) {
    const findings: Observation[] = [];
    for (const sw of index.switches) {
      const used = serverPortsUsed(topology, sw.id);
      if (used <= sw.props.serverPorts) continue;
      findings.push({
        rule: 'switch-ports-exceeded', severity: 'error', nodeIds: [sw.id], subjectId: sw.id,
        linkIds: index.linksOf(sw.id).filter((l) => l.kind === 'pcie').map((l) => l.id),
        message: `${nameOf(sw)} has ${used} servers cabled to its ${sw.props.serverPorts} server ports: move ${used - sw.props.serverPorts} to another switch, or choose a switch with more ports.`,
      });
    }
    return findings;
  },
};

/** More adapters (and, in a server, PCIe extender cards) than slots. */
export const slotsExceeded: Rule = {
  id: 'slots-exceeded',
  check({ topology, index }) {
    const findings: Observation[] = [];
    for (const node of [...index.servers, ...index.switches]) {
      const used = slotsUsed(topology, node);
      const capacity = slotCapacity(node);
      if (used <= capacity) continue;
      const contents = node.kind === 'server' ? 'adapters and PCIe cables' : 'adapters';
      findings.push({
        rule: 'slots-exceeded', severity: 'error', subjectId: node.id,
        nodeIds: [node.id, ...index.adaptersIn(node.id).map((a) => a.id)], linkIds: [],
        message: `${nameOf(node)} holds ${used} ${contents} in ${capacity} slots: take ${used - capacity} out, or raise its slot count.`,
      });
    }
    return findings;
  },
};
