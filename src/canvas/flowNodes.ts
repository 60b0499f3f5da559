import { centreX, NODE_WIDTH } from './layout.ts';
import { type TopologyIndex, type TopologyNode } from '../model/index.ts';
import { adapterCount, nodeName } from './accessibleNames.ts';
import { findingDetail } from './findingText.ts';
import type { FindingMark, FlowNode } from './flowTypes.ts';
import { formatIops, formatMbps, formatPorts, formatSpeed } from './format.ts';
import { pcieInHandle } from './handles.ts';
import { slotViews } from './slots.ts';

/** Whether a node is drawn as a slot of its parent rather than as a node of its own. */
export function isSlot(node: TopologyNode, index: TopologyIndex): boolean {
  return (node.kind === 'fc-hba' || node.kind === 'eth-nic') && !!node.parentId && !!index.node(node.parentId);
}

/** The React Flow node of a document node (not called for slots). */
export function toFlowNode(node: TopologyNode, index: TopologyIndex, marks: ReadonlyMap<string, FindingMark> = new Map()): FlowNode {
  const base = { id: node.id, position: node.position, width: NODE_WIDTH[node.kind] };
  const mark = marks.get(node.id);
  const named = { id: node.id, label: node.label, ...(mark ? { mark } : {}) };
  const flagged = findingDetail(mark);
  switch (node.kind) {
    case 'server': {
      const slots = slotViews(node, index, marks);
      const storage = formatIops(node.workload);
      const network = formatMbps(node.workload);
      const details = [`storage ${storage}`, `network ${network}`, ...(slots.length ? [adapterCount(slots.length)] : []), ...flagged];
      // A PCIe cable to a switch takes a slot for its extender card (docs/model.md, Budgets).
      const used = slots.length + index.pcieCablesOf(node.id).length;
      const slotSummary = `${used} of ${node.props.slots} slots used`;
      return {
        ...base, type: 'server', ariaLabel: nodeName('server', node.label, node.id, ...details),
        data: {
          ...named, storage, network, pcie: `PCIe Gen ${node.props.pcieGen} ×${node.props.pcieLanes}`, slots, slotSummary,
          pcieLinkIds: index.pcieCablesOf(node.id).map((c) => c.link.id),
        },
      };
    }
    case 'iov-switch': {
      const slots = slotViews(node, index, marks);
      const summary = `Shared pool · ${slots.length} of ${node.props.adapterSlots} slots`;
      return {
        ...base, type: 'iov-switch', ariaLabel: nodeName('iov-switch', node.label, node.id, adapterCount(slots.length), ...flagged),
        data: { ...named, summary, slots, pcieHandles: pcieServersOf(node.id, index).map(pcieInHandle) },
      };
    }
    case 'fc-hba':
    case 'eth-nic': {
      const speed = formatSpeed(node);
      const ports = formatPorts(node.props.ports);
      const ariaLabel = nodeName(node.kind, node.label, node.id, speed, ports, ...flagged);
      const data = { ...named, speed, ports };
      return node.kind === 'fc-hba' ? { ...base, type: 'fc-hba', ariaLabel, data } : { ...base, type: 'eth-nic', ariaLabel, data };
    }
    case 'san':
    case 'lan': {
      const ariaLabel = nodeName(node.kind, node.label, node.id, ...flagged);
      const data = { ...named, description: node.kind === 'san' ? 'FC fabric' : 'Ethernet fabric' };
      return node.kind === 'san' ? { ...base, type: 'san', ariaLabel, data } : { ...base, type: 'lan', ariaLabel, data };
    }
  }
}

/** The ids of the servers cabled to a switch, left to right, so that their cables do not cross. */
function pcieServersOf(switchId: string, index: TopologyIndex): string[] {
  return index
    .linksOf(switchId)
    .filter((link) => link.kind === 'pcie' && link.target === switchId)
    .flatMap((link) => {
      const server = index.node(link.source);
      return server ? [server] : [];
    })
    .toSorted((a, b) => centreX(a) - centreX(b))
    .map((server) => server.id);
}
