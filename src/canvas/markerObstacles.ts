import { CollisionGrid } from '../diagram/collisionGrid.ts';
import type { Box } from '../diagram/index.ts';
import type { LabelPoint } from './labelPlacements.ts';

/**
 * What the traffic markers keep clear of: every node (its name, its rows, its bars) and every
 * floating label (a cable's rate, its live % chip). Text always wins over a marker: the marker
 * canvas is drawn over the whole diagram (under it, Chromium promoted every row of nodes that
 * overlapped it to a layer of its own: ~130 layers on a 1,000-server design), and a marker that
 * would touch one of these boxes is not drawn, as a cable's marker passes under a node.
 */
export type ObstacleNode = {
  x: number; y: number; width: number; height: number;
  /** A finding badge hangs over its top-right corner (canvas.css: 22 px round, 14 px up, 10 px out). */
  marked: boolean;
};

/** Screen pixels kept free between a marker and a text box: "touching" reads as covering. */
export const MARKER_CLEARANCE = 2;

/** The boxes in screen pixels from the pane's corner, for the viewport `[x, y, zoom]` and a text scale `s`. */
export function obstacleBoxes(nodes: Iterable<ObstacleNode>, labels: Iterable<LabelPoint>, [tx, ty, zoom]: readonly [number, number, number], s: number): Box[] {
  const boxes: Box[] = [];
  for (const node of nodes) {
    const box = { x: node.x * zoom + tx, y: node.y * zoom + ty, width: node.width * zoom, height: node.height * zoom };
    boxes.push(box);
    // The badge, 22 px round, 14 px above the top edge and 10 px beyond the right one.
    if (node.marked) boxes.push({ x: box.x + box.width - 12 * s, y: box.y - 14 * s, width: 22 * s, height: 22 * s });
  }
  for (const label of labels) {
    const width = label.width * zoom;
    const height = label.height * zoom;
    boxes.push({ x: label.x * zoom + tx - width / 2, y: label.y * zoom + ty - height / 2, width, height });
  }
  return boxes;
}

/** A grid of the obstacles' boxes, whose `clear(x, y, extent)` says whether a marker of that extent centred there may be drawn. */
export class MarkerObstacles {
  private readonly grid = new CollisionGrid(48);

  constructor(boxes: readonly Box[]) {
    for (const box of boxes) if (box.width > 0 && box.height > 0) this.grid.insert(box);
  }

  clear(x: number, y: number, extent: number): boolean {
    return !this.grid.hits({ x: x - extent / 2, y: y - extent / 2, width: extent, height: extent }, MARKER_CLEARANCE);
  }
}
