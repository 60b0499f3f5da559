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

/** The side of a slot row its cable leaves from: the side facing the fabric it reaches. */
export type SlotSide = 'left' | 'right';

export function centreX(node: { kind: NodeKind; position: { x: number } }): number {
  return node.position.x + NODE_WIDTH[node.kind] / 2;
}

export function slotSide(parent: { kind: NodeKind; position: { x: number } }, fabric?: { kind: NodeKind; position: { x: number } }): SlotSide {
  return fabric && centreX(fabric) < centreX(parent) ? 'left' : 'right';
}
