import { catalog } from '../catalog/index.ts';
import type { AdapterNode, Topology, TopologyNode } from '../schema.ts';
import { indexOf } from '../topologyIndex.ts';
import { slotCapacity, slotsUsed } from './budgets.ts';
import { clampPosition, type Position } from './position.ts';
import { refuse, type OpResult } from './result.ts';

function replaceNode(topology: Topology, node: TopologyNode): Topology {
  return { ...topology, nodes: topology.nodes.map((n) => (n.id === node.id ? node : n)) };
}

/**
 * Place an adapter inside a server (dedicated to it) or an IOV switch (into its shared pool).
 * Its position becomes relative to the new parent.
 */
export function placeAdapter(topology: Topology, adapterId: string, parentId: string): OpResult {
  const index = indexOf(topology);
  const adapter = index.node(adapterId);
  const parent = index.node(parentId);
  if (!adapter) return refuse(`There is no ${adapterId} in the design.`);
  if (!parent) return refuse(`There is no ${parentId} in the design.`);
  if (adapter.kind !== 'fc-hba' && adapter.kind !== 'eth-nic') {
    return refuse(`Only adapters (FC HBAs and Ethernet NICs) are placed inside a server or a switch; ${adapter.label} is a ${catalog[adapter.kind].name}.`);
  }
  if (parent.kind !== 'server' && parent.kind !== 'iov-switch') {
    return refuse(`An adapter goes into a server (dedicated) or an IOV switch (shared pool), not into a ${catalog[parent.kind].name}.`);
  }
  if (adapter.parentId === parentId) return refuse(`${adapter.label} is already in ${parent.label}.`);
  if (slotsUsed(topology, parent) >= slotCapacity(parent)) {
    return refuse(`${parent.label} has all ${slotCapacity(parent)} slots in use: remove an adapter${parent.kind === 'server' ? ' or a PCIe cable' : ''}, or raise its slot count.`);
  }
  const placed: AdapterNode = { ...adapter, parentId, position: { x: 0, y: 0 } };
  return { ok: true, topology: replaceNode(topology, placed) };
}

/** Take an adapter out of its server or switch and set it on the canvas at `position`. */
export function unplaceAdapter(topology: Topology, adapterId: string, position: Position): OpResult {
  const adapter = indexOf(topology).node(adapterId);
  if (!adapter || (adapter.kind !== 'fc-hba' && adapter.kind !== 'eth-nic')) return refuse(`There is no adapter ${adapterId} in the design.`);
  if (adapter.parentId === undefined) return refuse(`${adapter.label} is not inside a server or a switch.`);
  const { parentId: _removed, ...rest } = adapter;
  return { ok: true, topology: replaceNode(topology, { ...rest, position: clampPosition(position) }) };
}

export { replaceNode };
