import { propertyProblem, propertySpecs } from '../catalog/index.ts';
import type { Topology, TopologyNode } from '../schema.ts';
import { indexOf } from '../topologyIndex.ts';
import { slotsUsed } from './budgets.ts';
import { replaceNode } from './placeAdapter.ts';
import { refuse, type OpResult } from './result.ts';

/** Set some of a node's properties, each checked against the catalog's bounds; nothing changes if one is refused. */
export function setProperties(topology: Topology, id: string, patch: Readonly<Record<string, unknown>>): OpResult {
  const node = indexOf(topology).node(id);
  if (!node) return refuse(`There is no ${id} in the design.`);
  const specs = propertySpecs(node.kind);
  for (const [key, value] of Object.entries(patch)) {
    const spec = specs[key];
    if (!spec) return refuse(`A ${node.kind} has no property "${key}".`);
    const problem = propertyProblem(spec, value);
    if (problem) return refuse(problem);
  }
  const updated = { ...node, props: { ...node.props, ...patch } } as TopologyNode;
  const shrink = budgetProblem(topology, updated);
  if (shrink) return refuse(shrink);
  return { ok: true, topology: replaceNode(topology, updated) };
}

/** A slot or port count may not drop below what is already in use. */
function budgetProblem(topology: Topology, node: TopologyNode): string | undefined {
  const used = slotsUsed(topology, node);
  if (node.kind === 'server' && node.props.slots < used) return `${node.label} uses ${used} slots: take out adapters or cables before lowering it to ${node.props.slots}.`;
  if (node.kind === 'iov-switch' && node.props.adapterSlots < used) return `${node.label} holds ${used} adapters: take some out before lowering its slots to ${node.props.adapterSlots}.`;
  return undefined;
}
