import type { NodeKind } from '../model/index.ts';

/**
 * Width of each kind's node on the canvas, in canvas pixels. The built-in designs put the switch's
 * left edge 110 px left of the middle of the server row's x positions (and the fabrics at a quarter
 * and three quarters of it), so a switch as wide as a server plus 220 sits centred under the row.
 */
export const NODE_WIDTH: Readonly<Record<NodeKind, number>> = {
  server: 200,
  'iov-switch': 420,
  'fc-hba': 200,
  'eth-nic': 200,
  san: 200,
  lan: 200,
};

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

/**
 * Where the i-th of n cables leaves the bottom of a node, as a fraction of its width: evenly
 * spaced, never at the middle, which is the server's PCIe port.
 */
export function bottomExit(i: number, n: number): number {
  return (i + 1 + (i >= n / 2 ? 1 : 0)) / (n + 2);
}
