import {
  catalog, idPrefixOf, LIMITS, LINK_ID_PREFIX, nextId, usedIds,
  type OpResult, type Position, type Topology, type TopologyLink, type TopologyNode,
} from '../model/index.ts';

/** What Copy keeps: nodes (with the adapters placed in them) and the cables among them. */
export type Fragment = { nodes: readonly TopologyNode[]; links: readonly TopologyLink[] };

/** How far a paste lands from what was copied, so that the copy is seen beside the original. */
export const PASTE_OFFSET: Position = { x: 40, y: 40 };

const isPlaced = (node: TopologyNode): node is Extract<TopologyNode, { parentId?: string }> =>
  (node.kind === 'fc-hba' || node.kind === 'eth-nic') && node.parentId !== undefined;

/**
 * The fragment for a selection: the selected nodes, the adapters inside selected servers and
 * switches, and every cable whose two ends are copied. An adapter copied without its parent
 * becomes a free adapter beside where its parent stands.
 */
export function copyFragment(topology: Topology, ids: readonly string[]): Fragment | undefined {
  const byId = new Map(topology.nodes.map((n) => [n.id, n]));
  const chosen = new Set(ids.filter((id) => byId.has(id)));
  for (const node of topology.nodes) if (isPlaced(node) && chosen.has(node.parentId!)) chosen.add(node.id);
  if (chosen.size === 0) return undefined;
  const nodes = topology.nodes.filter((n) => chosen.has(n.id)).map((node) => {
    if (!isPlaced(node) || chosen.has(node.parentId!)) return node;
    const { parentId, ...free } = node;
    const parent = byId.get(parentId!);
    return { ...free, position: parent ? { x: parent.position.x + PASTE_OFFSET.x, y: parent.position.y + PASTE_OFFSET.y } : node.position };
  });
  const links = topology.links.filter((l) => chosen.has(l.source) && chosen.has(l.target));
  return { nodes, links };
}

/** A label made by addNode ("Server 3") follows the new id; a label a person wrote is kept. */
function relabel(node: TopologyNode, newId: string): string {
  const prefix = idPrefixOf(node.kind);
  const name = catalog[node.kind].name;
  return node.label === `${name} ${node.id.slice(prefix.length)}` ? `${name} ${newId.slice(prefix.length)}` : node.label;
}

/**
 * Add a copy of a fragment with new ids (the next free number of each kind, SIMULATION.md "Ids"),
 * moved by `offset`. `ids` are the pasted nodes that stand on the canvas (not placed adapters).
 */
export function pasteFragment(topology: Topology, fragment: Fragment, offset: Position): OpResult<{ ids: string[] }> {
  if (topology.nodes.length + fragment.nodes.length > LIMITS.nodes) return { ok: false, reason: `A design holds at most ${LIMITS.nodes} nodes: this paste would pass it.` };
  if (topology.links.length + fragment.links.length > LIMITS.links) return { ok: false, reason: `A design holds at most ${LIMITS.links} links: this paste would pass it.` };
  const used = usedIds(topology);
  const newIds = new Map<string, string>();
  for (const node of fragment.nodes) {
    const id = nextId(idPrefixOf(node.kind), used);
    used.push(id);
    newIds.set(node.id, id);
  }
  const nodes = fragment.nodes.map((node): TopologyNode => {
    const id = newIds.get(node.id)!;
    const position = { x: node.position.x + offset.x, y: node.position.y + offset.y };
    const copy = { ...node, id, label: relabel(node, id), position };
    if (!isPlaced(node)) return copy;
    const parentId = newIds.get(node.parentId!);
    // A placed adapter pasted without its parent stands free: its old parent's slots are not ours to fill.
    if (parentId === undefined) {
      const { parentId: _dropped, ...free } = copy as Extract<TopologyNode, { parentId?: string }>;
      return free;
    }
    return { ...copy, parentId } as TopologyNode;
  });
  const links = fragment.links.map((link) => {
    const id = nextId(LINK_ID_PREFIX, used);
    used.push(id);
    return { ...link, id, source: newIds.get(link.source)!, target: newIds.get(link.target)! };
  });
  const ids = nodes.filter((n) => !isPlaced(n)).map((n) => n.id);
  // Placed adapters are drawn inside their parent, so the selection is the nodes on the canvas.
  return { ok: true, topology: { ...topology, nodes: [...topology.nodes, ...nodes], links: [...topology.links, ...links] }, ids };
}
