import type { Position } from '../model/index.ts';
import { compareLabels } from './labelOrder.ts';

type Rect = { id: string; label: string; kind: string; width: number; height: number };
type Edge = { source: string; target: string };

/** The most servers side by side in a block: a rack of 64 is four rows of 16, not one line 15,000 px long. */
export const BLOCK_COLUMNS = 16;
/** The shape a tidied design aims at: a screen's, so that a fit shows it as large as it can. */
const SCREEN_ASPECT = 16 / 9;
/** Room ELK adds under the servers for switches and fabrics, roughly, in the aspect's sum. */
const BELOW = 700;
/** The gaps between servers in a block, as ELK's node spacing keeps between nodes. */
const GAP = 40;

export type Blocks<T extends Rect> = {
  /** What ELK lays out: each block as one node, and the nodes in no block. */
  nodes: Rect[];
  edges: Edge[];
  /** Every node's position, each block's servers dealt into its rows in name order. */
  expand(positions: Readonly<Record<string, Position>>): Record<string, Position>;
  members: ReadonlyMap<string, T[]>;
  /** The ids of the servers in a block. */
  grouped: ReadonlySet<string>;
};

/**
 * Servers cabled to the same things (the same switch; the same fabrics for servers with their own
 * adapters) become one block for ELK, in rows of BLOCK_COLUMNS, in name order. ELK then lays out a
 * graph of tens of nodes rather than hundreds (a 200-server rack in well under a second) and the
 * servers of a switch stand together above it, read left to right, row by row.
 */
export function serverBlocks<T extends Rect>(rects: readonly T[], edges: readonly Edge[]): Blocks<T> {
  const neighbours = new Map<string, Set<string>>();
  const link = (a: string, b: string) => neighbours.set(a, (neighbours.get(a) ?? new Set()).add(b));
  for (const { source, target } of edges) {
    link(source, target);
    link(target, source);
  }
  const groups = new Map<string, T[]>();
  for (const rect of rects) {
    if (rect.kind !== 'server') continue;
    const key = [...(neighbours.get(rect.id) ?? [])].toSorted().join(' ');
    groups.set(key, [...(groups.get(key) ?? []), rect]);
  }
  const blocks = [...groups.values()].filter((group) => group.length > 1);
  const columns = blockColumns(blocks.length, Math.max(0, ...blocks.map((group) => group.length)));
  const blockOf = new Map<string, string>();
  const members = new Map<string, T[]>();
  const blockRects: Rect[] = [];
  blocks.forEach((group, i) => {
    const id = `block:${i}`;
    const sorted = group.toSorted(compareLabels);
    members.set(id, sorted);
    for (const rect of sorted) blockOf.set(rect.id, id);
    const across = Math.min(columns, sorted.length);
    const cell = cellSize(sorted);
    blockRects.push({ id, label: sorted[0]!.label, kind: 'block', width: across * cell.width - GAP, height: Math.ceil(sorted.length / across) * cell.height - GAP });
  });
  const nodes = [...rects.filter((rect) => !blockOf.has(rect.id)), ...blockRects];
  const seen = new Set<string>();
  const blockEdges = edges.flatMap(({ source, target }) => {
    const edge = { source: blockOf.get(source) ?? source, target: blockOf.get(target) ?? target };
    const key = `${edge.source}>${edge.target}`;
    if (seen.has(key) || edge.source === edge.target) return [];
    seen.add(key);
    return [edge];
  });
  return { nodes, edges: blockEdges, members, grouped: new Set(blockOf.keys()), expand: (positions) => expand(positions, members, columns) };
}

/**
 * How many servers side by side in every block: blocks stand side by side (one switch each), so
 * with many blocks each is narrower. The widest that keeps the whole at most twice as wide, for its
 * height, as a screen (a fit still shows names); at most BLOCK_COLUMNS.
 */
export function blockColumns(blocks: number, largest: number): number {
  let columns = Math.min(BLOCK_COLUMNS, Math.max(1, largest));
  while (columns > 1 && (blocks * columns * 240) / (Math.ceil(largest / columns) * 185 + BELOW) > 2 * SCREEN_ASPECT) columns--;
  return columns;
}

function cellSize(group: readonly Rect[]) {
  return { width: Math.max(...group.map((r) => r.width)) + GAP, height: Math.max(...group.map((r) => r.height)) + GAP };
}

function expand<T extends Rect>(positions: Readonly<Record<string, Position>>, members: ReadonlyMap<string, T[]>, most: number): Record<string, Position> {
  const out: Record<string, Position> = {};
  for (const [id, at] of Object.entries(positions)) if (!members.has(id)) out[id] = at;
  for (const [id, group] of members) {
    const at = positions[id];
    if (!at) continue;
    const columns = Math.min(most, group.length);
    const cell = cellSize(group);
    group.forEach((rect, i) => {
      out[rect.id] = { x: Math.round(at.x + (i % columns) * cell.width), y: Math.round(at.y + Math.floor(i / columns) * cell.height) };
    });
  }
  return out;
}
