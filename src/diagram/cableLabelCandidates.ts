import { centredBox, type Box } from './box.ts';

/**
 * Where a cable's label may sit (after yFiles' and Graphviz's edge-label candidates): on the cable
 * at several fractions of its length, from the end it names towards the other, then beside the
 * cable on either side at the same fractions. `points` are x, y pairs evenly spaced by length
 * along the cable as drawn, in screen pixels.
 */
export const CABLE_LABEL_FRACTIONS = [0.12, 0.25, 0.4, 0.55, 0.7, 0.85] as const;

export function cableLabelCandidates(
  points: ArrayLike<number>, width: number, height: number,
  fractions: readonly number[] = CABLE_LABEL_FRACTIONS,
): Box[] {
  const count = points.length / 2;
  if (count < 2) return [];
  const on: Box[] = [];
  const beside: Box[] = [];
  for (const t of fractions) {
    const at = Math.min(count - 2, Math.floor(t * (count - 1)));
    const x = points[at * 2]!;
    const y = points[at * 2 + 1]!;
    const dx = points[at * 2 + 2]! - x;
    const dy = points[at * 2 + 3]! - y;
    const length = Math.hypot(dx, dy) || 1;
    // The unit normal, and how far along it the box must move to clear the cable.
    const nx = -dy / length;
    const ny = dx / length;
    const clear = Math.abs(nx) * (width / 2) + Math.abs(ny) * (height / 2) + 3;
    on.push(centredBox(x, y, width, height));
    beside.push(centredBox(x + nx * clear, y + ny * clear, width, height));
    beside.push(centredBox(x - nx * clear, y - ny * clear, width, height));
  }
  return [...on, ...beside];
}
