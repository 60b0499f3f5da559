import type { Topology } from '../schema.ts';
import { refuse, type OpResult } from './result.ts';
import { clampPosition, type Position } from './position.ts';

/** Move nodes to new positions (one step for a whole drag of several nodes). */
export function moveNodes(topology: Topology, positions: Readonly<Record<string, Position>>): OpResult {
  const missing = Object.keys(positions).filter((id) => !topology.nodes.some((n) => n.id === id));
  if (missing.length > 0) return refuse(`Cannot move ${missing.join(', ')}: not in the design.`);
  return {
    ok: true,
    topology: {
      ...topology,
      nodes: topology.nodes.map((node) => {
        const position = positions[node.id];
        return position ? { ...node, position: clampPosition(position) } : node;
      }),
    },
  };
}
