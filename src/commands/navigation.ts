import type { NodeRect } from './canvasView.ts';

export type Direction = 'up' | 'down' | 'left' | 'right';

const centre = (r: NodeRect) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });

/** The space between two intervals, 0 when they overlap. */
const gap = (a0: number, a1: number, b0: number, b1: number) => Math.max(0, b0 - a1, a0 - b1);

/**
 * The node the arrow key moves to: among those whose centre lies in that direction (within a
 * cone of about 60° either side), the nearest
 * by the gap between the boxes, where being off the arrow's line counts double (so → on a row of
 * servers stays on the row, and ↓ from a server reaches the wide switch under it).
 */
export function nearestInDirection(rects: readonly NodeRect[], fromId: string, direction: Direction): string | undefined {
  const from = rects.find((r) => r.id === fromId);
  if (!from) return undefined;
  const origin = centre(from);
  let best: { id: string; score: number } | undefined;
  for (const rect of rects) {
    if (rect.id === fromId) continue;
    const c = centre(rect);
    const dx = c.x - origin.x;
    const dy = c.y - origin.y;
    const ahead = direction === 'right' ? dx : direction === 'left' ? -dx : direction === 'down' ? dy : -dy;
    const horizontal = direction === 'left' || direction === 'right';
    // Only what lies within about 60° of the arrow: a node barely to the left is not "left".
    if (ahead <= 0 || ahead < 0.5 * Math.abs(horizontal ? dy : dx)) continue;
    const along = horizontal ? gap(from.x, from.x + from.width, rect.x, rect.x + rect.width) : gap(from.y, from.y + from.height, rect.y, rect.y + rect.height);
    const across = horizontal ? gap(from.y, from.y + from.height, rect.y, rect.y + rect.height) : gap(from.x, from.x + from.width, rect.x, rect.x + rect.width);
    // The distance between centres breaks ties between boxes at the same gap.
    const score = along + 2 * across + Math.hypot(dx, dy) / 1000;
    if (!best || score < best.score) best = { id: rect.id, score };
  }
  return best?.id;
}

/** Where the arrows start when nothing is selected: the top-left node. */
export function firstNode(rects: readonly NodeRect[]): string | undefined {
  return rects.toSorted((a, b) => a.y - b.y || a.x - b.x)[0]?.id;
}

/** The node whose centre is nearest to `from`'s centre (after a delete, where the focus goes). */
export function nearestTo(rects: readonly NodeRect[], from: NodeRect): string | undefined {
  const origin = centre(from);
  let best: { id: string; distance: number } | undefined;
  for (const rect of rects) {
    if (rect.id === from.id) continue;
    const c = centre(rect);
    const distance = Math.hypot(c.x - origin.x, c.y - origin.y);
    if (!best || distance < best.distance) best = { id: rect.id, distance };
  }
  return best?.id;
}
