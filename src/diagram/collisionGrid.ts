import type { Box } from './box.ts';

/**
 * Boxes already taken on the screen, for "does this box hit any of them?" (after MapLibre's
 * grid_index): the screen cut into square cells, each cell listing the boxes over it, the boxes
 * kept as flat numbers. A query looks only at the cells under the box and stops at the first hit.
 */
export class CollisionGrid {
  private readonly cells = new Map<number, number[]>();
  private coords: number[] = [];

  constructor(private readonly cellSize = 48) {}

  insert(box: Box): void {
    const id = this.coords.length / 4;
    this.coords.push(box.x, box.y, box.x + box.width, box.y + box.height);
    this.forEachCell(box, (key) => {
      const list = this.cells.get(key);
      if (list) list.push(id);
      else this.cells.set(key, [id]);
    });
  }

  /** Whether `box`, grown by `margin` on each side, overlaps any inserted box. */
  hits(box: Box, margin = 0): boolean {
    const x1 = box.x - margin;
    const y1 = box.y - margin;
    const x2 = box.x + box.width + margin;
    const y2 = box.y + box.height + margin;
    const c = this.coords;
    let hit = false;
    this.forEachCell({ x: x1, y: y1, width: x2 - x1, height: y2 - y1 }, (key) => {
      if (hit) return;
      for (const id of this.cells.get(key) ?? []) {
        const at = id * 4;
        if (x1 < c[at + 2]! && c[at]! < x2 && y1 < c[at + 3]! && c[at + 1]! < y2) {
          hit = true;
          return;
        }
      }
    });
    return hit;
  }

  private forEachCell(box: Box, visit: (key: number) => void): void {
    const size = this.cellSize;
    const left = Math.floor(box.x / size);
    const right = Math.floor((box.x + box.width) / size);
    const top = Math.floor(box.y / size);
    const bottom = Math.floor((box.y + box.height) / size);
    for (let row = top; row <= bottom; row++) {
      // Rows and columns as one number: the canvas is never 2^20 cells across.
      for (let col = left; col <= right; col++) visit(row * 1_048_576 + col);
    }
  }
}
