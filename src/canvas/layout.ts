import type { NodeKind } from '../model/index.ts';
import { bottomExit, NODE_WIDTH } from '../diagram/nodeLayout.ts';

export { bottomExit, NODE_WIDTH };

/**
 * Where a slot's cable leaves its node. A switch stands alone, so a slot's cable leaves from the
 * slot's row, on the side facing its fabric. Servers stand in a tight row (30 px apart in the
 * built-in designs), so their slots' cables leave from the bottom, at `at` (0..1) along it.
 */
export type SlotExit = { side: 'left' | 'right' } | { side: 'bottom'; at: number };

export function centreX(node: { kind: NodeKind; position: { x: number } }): number {
  return node.position.x + NODE_WIDTH[node.kind] / 2;
}

type Placed = { kind: NodeKind; position: { x: number } };

export function sideFacing(parent: Placed, fabric: Placed | undefined): 'left' | 'right' {
  return fabric && centreX(fabric) < centreX(parent) ? 'left' : 'right';
}

/** The offset from a dropped node's top-left corner to the pointer: about the middle of its header. */
export const DROP_GRAB = { x: NODE_WIDTH.server / 2, y: 24 };
