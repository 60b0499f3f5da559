import { indexOf } from '../topologyIndex.ts';
import type { Topology, TopologyNode } from '../schema.ts';

/** Slots in use in a server (dedicated adapters and PCIe extender cards) or a switch (pooled adapters). */
export function slotsUsed(topology: Topology, node: TopologyNode): number {
  const index = indexOf(topology);
  const adapters = index.adaptersIn(node.id).length;
  if (node.kind === 'server') return adapters + index.pcieCablesOf(node.id).length;
  return adapters;
}

export function slotCapacity(node: TopologyNode): number {
  if (node.kind === 'server') return node.props.slots;
  if (node.kind === 'iov-switch') return node.props.adapterSlots;
  return 0;
}

/** PCIe cables plugged into a switch's server ports. */
export function serverPortsUsed(topology: Topology, switchId: string): number {
  return indexOf(topology).linksOf(switchId).filter((link) => link.kind === 'pcie' && link.target === switchId).length;
}
