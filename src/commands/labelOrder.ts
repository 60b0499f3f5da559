import type { Position } from '../model/index.ts';
import { lazyCollator } from '../model/lazyIntl.ts';

/** Labels as people number them: "Web 2" before "Web 10", case and accents aside. */
const COLLATOR = lazyCollator('en', { numeric: true, sensitivity: 'base' });

export function compareLabels(a: { label: string; id: string }, b: { label: string; id: string }): number {
  return COLLATOR.compare(a.label, b.label) || COLLATOR.compare(a.id, b.id);
}

type Placed = { id: string; label: string; width: number; kind: string };

/**
 * A layout with the nodes of each kind in a row in label order, left to right: the row's places
 * (its x positions) kept, the nodes dealt to them by label. Only nodes of one kind and width trade
 * places, so nothing comes to overlap. A row is the nodes at the same y.
 */
export function keepLabelOrder(positions: Readonly<Record<string, Position>>, nodes: readonly Placed[]): Record<string, Position> {
  const out: Record<string, Position> = { ...positions };
  const rows = new Map<string, Placed[]>();
  for (const node of nodes) {
    const at = positions[node.id];
    if (!at) continue;
    const key = `${Math.round(at.y)}/${node.kind}/${node.width}`;
    rows.set(key, [...(rows.get(key) ?? []), node]);
  }
  for (const row of rows.values()) {
    const places = row.map((node) => positions[node.id]!).toSorted((a, b) => a.x - b.x);
    row.toSorted(compareLabels).forEach((node, i) => {
      out[node.id] = places[i]!;
    });
  }
  return out;
}
