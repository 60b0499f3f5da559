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
 * Where the i-th of n cables leaves the bottom of a node, as a fraction of its width: evenly
 * spaced, never at the middle, which is the server's PCIe port.
 */
export function bottomExit(i: number, n: number): number {
  return (i + 1 + (i >= n / 2 ? 1 : 0)) / (n + 2);
}
