import { contains, type Box } from './box.ts';
import { CollisionGrid } from './collisionGrid.ts';

/**
 * Label placement (after MapLibre's symbol placement): labels in priority order, each tried at its
 * candidate boxes in turn; the first box inside the bounds that overlaps no obstacle and no label
 * placed before it is taken; a label that fits nowhere is hidden (its text stays in the element's
 * accessible name and tooltip, and comes back when zooming in gives it room). Pure: boxes in,
 * placements out, the same answer for the same input.
 */

/** What a label is, in the order the reader needs it: a node's name first, a rate last. */
export const LABEL_PRIORITY = { nodeName: 4, adapterName: 3, liveFigure: 2, rate: 1 } as const;

export type LabelRequest = {
  id: string;
  priority: number;
  /** Where the label may go, best first, in screen pixels. */
  candidates: readonly Box[];
};

/** The candidate each label took, or -1 when it is hidden. */
export type Placements = ReadonlyMap<string, number>;

export type PlacementInput = {
  labels: readonly LabelRequest[];
  /** What no label may cover: nodes, the legend, the controls, the minimap. */
  obstacles: readonly Box[];
  /** The visible area: a label outside it is hidden. */
  bounds?: Box;
  /** Clear space kept around every label, in pixels. */
  padding?: number;
};

export function placeLabels({ labels, obstacles, bounds, padding = 2 }: PlacementInput): Placements {
  const taken = new CollisionGrid();
  for (const obstacle of obstacles) taken.insert(obstacle);
  const order = labels.toSorted((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const placements = new Map<string, number>();
  for (const label of order) {
    const chosen = label.candidates.findIndex((box) => (!bounds || contains(bounds, box)) && !taken.hits(box, padding));
    placements.set(label.id, chosen);
    if (chosen >= 0) taken.insert(label.candidates[chosen]!);
  }
  return placements;
}
