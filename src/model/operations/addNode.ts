import { catalog, defaultPropsOf, type NodeKind } from '../catalog/index.ts';
import { idPrefixOf, nextId } from '../ids.ts';
import { DEFAULT_WORKLOAD } from '../workload.ts';
import { LIMITS, type Topology, type TopologyNode } from '../schema.ts';
import { refuse, type OpResult } from './result.ts';
import { clampPosition, type Position } from './position.ts';

/** Every id in use, nodes and links alike. */
export function usedIds(topology: Topology): string[] {
  return [...topology.nodes.map((n) => n.id), ...topology.links.map((l) => l.id)];
}

/** A new node of a kind with the catalog's defaults, not yet in any document. */
export function createNode(topology: Topology, kind: NodeKind, position: Position): TopologyNode {
  const id = nextId(idPrefixOf(kind), usedIds(topology));
  const label = `${catalog[kind].name} ${id.slice(idPrefixOf(kind).length)}`;
  const base = { id, label, position: clampPosition(position) };
  // `kind` first: it is what a reader of a saved file looks for.
  switch (kind) {
    case 'server': return { kind, ...base, props: defaultPropsOf(kind), workload: DEFAULT_WORKLOAD };
    case 'iov-switch': return { kind, ...base, props: defaultPropsOf(kind) };
    case 'fc-hba': return { kind, ...base, props: defaultPropsOf(kind) };
    case 'eth-nic': return { kind, ...base, props: defaultPropsOf(kind) };
    case 'san': return { kind, ...base, props: defaultPropsOf(kind) };
    case 'lan': return { kind, ...base, props: defaultPropsOf(kind) };
  }
}

/** Add a node of `kind` at `position`, with the next free id of its kind. */
export function addNode(topology: Topology, kind: NodeKind, position: Position): OpResult<{ id: string }> {
  if (!(kind in catalog)) return refuse(`There is no kind "${String(kind)}".`);
  if (topology.nodes.length >= LIMITS.nodes) return refuse(`A design holds at most ${LIMITS.nodes} nodes: remove some first.`);
  const node = createNode(topology, kind, position);
  return { ok: true, topology: { ...topology, nodes: [...topology.nodes, node] }, id: node.id };
}
