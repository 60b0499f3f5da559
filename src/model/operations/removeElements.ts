import { parsePortId } from '../ids.ts';
import type { Topology } from '../schema.ts';
import { refuse, type OpResult } from './result.ts';

/**
 * Remove nodes and links. Cascades: the adapters placed in a removed server or switch, every link
 * of a removed node, and faults that target a removed element or one of its ports.
 */
export function removeElements(topology: Topology, ids: readonly string[]): OpResult {
  const removed = new Set(ids);
  const known = ids.filter((id) => topology.nodes.some((n) => n.id === id) || topology.links.some((l) => l.id === id));
  if (known.length === 0) return refuse('Nothing to remove: select a node or a link first.');
  for (const node of topology.nodes) {
    if ((node.kind === 'fc-hba' || node.kind === 'eth-nic') && node.parentId && removed.has(node.parentId)) removed.add(node.id);
  }
  const nodes = topology.nodes.filter((n) => !removed.has(n.id));
  const links = topology.links.filter((l) => !removed.has(l.id) && !removed.has(l.source) && !removed.has(l.target));
  const linkIds = new Set(links.map((l) => l.id));
  const nodeIds = new Set(nodes.map((n) => n.id));
  const faults = topology.settings.faults.filter((fault) => {
    const port = parsePortId(fault.target);
    return port ? nodeIds.has(port.adapterId) : nodeIds.has(fault.target) || linkIds.has(fault.target);
  });
  return { ok: true, topology: { ...topology, nodes, links, settings: { ...topology.settings, faults } } };
}
