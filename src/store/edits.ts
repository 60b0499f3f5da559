import {
  addNode, connect, placeAdapter, type NodeKind, type OpResult, type Position, type Topology,
} from '../model/index.ts';

/** An edit's outcome: the new document and what to select, or the model's reason for refusing. */
export type EditResult = OpResult<{ select?: readonly string[] }>;

/** Apply an operation to several elements as one edit: all of them, or none with the first reason. */
export function applyToEach(topology: Topology, ids: readonly string[], op: (t: Topology, id: string) => OpResult): OpResult {
  let next = topology;
  for (const id of ids) {
    const result = op(next, id);
    if (!result.ok) return result;
    next = result.topology;
  }
  return { ok: true, topology: next };
}

/** Add an adapter straight into a server or a switch: one edit, so one undo step, or nothing at all. */
export function addAdapterInto(topology: Topology, kind: NodeKind, parentId: string, position: Position): EditResult {
  const added = addNode(topology, kind, position);
  if (!added.ok) return added;
  const placed = placeAdapter(added.topology, added.id, parentId);
  return placed.ok ? { ok: true, topology: placed.topology, select: [added.id] } : placed;
}

/** Cable two elements, keeping both selected ends' partner selected (the new cable). */
export function cable(topology: Topology, a: string, b: string): EditResult {
  const result = connect(topology, a, b);
  return result.ok ? { ok: true, topology: result.topology, select: [result.id] } : result;
}
