import { describe, expect, it } from 'vitest';
import { scaleDesign, type Topology } from '../model/index.ts';
import { createAppStore } from '../store/index.ts';
import type { CanvasView, NodeRect } from './canvasView.ts';
import { compareLabels, keepLabelOrder } from './labelOrder.ts';
import { blockColumns, serverBlocks } from './serverBlocks.ts';
import { commandById } from './registry.ts';

const labelled = (labels: string[]) => labels.map((label, i) => ({ id: `s${i + 1}`, label }));

describe('label order', () => {
  it('sorts labels as people number them: Web 2 before Web 10, case aside', () => {
    const sorted = labelled(['Web 10', 'Web 2', 'web 1', 'DB 1', 'Web 1']).toSorted(compareLabels).map((n) => n.label);
    expect(sorted).toEqual(['DB 1', 'web 1', 'Web 1', 'Web 2', 'Web 10']);
  });

  it('deals a row\'s places to its nodes by label, and leaves nodes of another kind or width where they are', () => {
    const nodes = [
      { id: 'a', label: 'Web 10', kind: 'server', width: 200 },
      { id: 'b', label: 'Web 2', kind: 'server', width: 200 },
      { id: 'c', label: 'Web 1', kind: 'server', width: 200 },
      { id: 'sw', label: 'A switch', kind: 'iov-switch', width: 420 },
    ];
    const positions = { a: { x: 0, y: 0 }, b: { x: 240, y: 0 }, c: { x: 480, y: 0 }, sw: { x: 720, y: 0 } };
    expect(keepLabelOrder(positions, nodes)).toEqual({ c: { x: 0, y: 0 }, b: { x: 240, y: 0 }, a: { x: 480, y: 0 }, sw: { x: 720, y: 0 } });
  });
});

/** A rack of `n` servers whose positions run against their names: Server n at the left. */
function shuffledRack(n: number): Topology {
  const rack = scaleDesign(n);
  const servers = rack.nodes.filter((node) => node.kind === 'server');
  const xs = servers.map((s) => s.position.x).toReversed();
  const moved = new Map(servers.map((s, i) => [s.id, { x: xs[i]!, y: s.position.y }]));
  return { ...rack, nodes: rack.nodes.map((node) => (moved.has(node.id) ? { ...node, position: moved.get(node.id)! } : node)) };
}

describe('tidy-up', () => {
  it('puts the servers in name order, left to right, as one undo step that puts every node back', async () => {
    const topology = shuffledRack(12);
    const store = createAppStore(topology);
    let fits = 0;
    const view: CanvasView = {
      centre: () => ({ x: 0, y: 0 }), fit: () => { fits++; }, frame: () => {}, focus: () => {},
      nodeRects: (): NodeRect[] => store.getState().document.nodes.filter((node) => !('parentId' in node && node.parentId))
        .map((node) => ({ id: node.id, x: node.position.x, y: node.position.y, width: node.kind === 'iov-switch' ? 420 : 200, height: node.kind === 'server' ? 145 : 62 })),
    };
    commandById['auto-layout']!.run({ store, view });
    expect(store.getState().notice?.text).toBe(`Tidying up ${view.nodeRects().length} nodes…`);
    await expect.poll(() => store.getState().document !== topology, { timeout: 10_000 }).toBe(true);
    const servers = store.getState().document.nodes.filter((node) => node.kind === 'server');
    const rows = new Map<number, typeof servers>();
    for (const s of servers) rows.set(s.position.y, [...(rows.get(s.position.y) ?? []), s]);
    for (const row of rows.values()) {
      const byX = row.toSorted((a, b) => a.position.x - b.position.x).map((s) => s.label);
      expect(byX).toEqual(row.toSorted(compareLabels).map((s) => s.label));
    }
    // Read row by row, top to bottom, the names run Server 1 … Server 12 (Server 2 before Server 10).
    const reading = [...rows.entries()].toSorted(([a], [b]) => a - b).flatMap(([, row]) => row.toSorted((a, b) => a.position.x - b.position.x).map((s) => s.label));
    expect(reading).toEqual(Array.from({ length: 12 }, (_, i) => `Server ${i + 1}`));
    expect(store.getState().notice?.text).toMatch(/^Tidied up \d+ nodes, servers in name order/);
    expect(fits).toBe(1);
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().document.nodes.map((node) => node.position)).toEqual(topology.nodes.map((node) => node.position));
  });
});

describe('server blocks', () => {
  it('lays out servers cabled alike as one block, rows of 16 in name order, and leaves the rest alone', () => {
    const servers = Array.from({ length: 40 }, (_, i) => ({ id: `s${i + 1}`, label: `Web ${40 - i}`, kind: 'server', width: 200, height: 145 }));
    const rects = [...servers, { id: 'sw1', label: 'Switch', kind: 'iov-switch', width: 420, height: 300 }, { id: 'x1', label: 'Lone', kind: 'server', width: 200, height: 145 }];
    const edges = servers.map((s) => ({ source: s.id, target: 'sw1' }));
    const blocks = serverBlocks(rects, edges);
    expect(blocks.nodes.map((n) => n.id)).toEqual(['sw1', 'x1', 'block:0']);
    expect(blocks.nodes[2]).toMatchObject({ width: 16 * 240 - 40, height: 3 * 185 - 40 });
    expect(blocks.edges).toEqual([{ source: 'block:0', target: 'sw1' }]);
    const out = blocks.expand({ 'block:0': { x: 100, y: 50 }, sw1: { x: 0, y: 500 }, x1: { x: 900, y: 500 } });
    // Web 1 is s40: first place; Web 16 (s25) ends the first row; Web 17 (s24) starts the second.
    expect(out.s40).toEqual({ x: 100, y: 50 });
    expect(out.s25).toEqual({ x: 100 + 15 * 240, y: 50 });
    expect(out.s24).toEqual({ x: 100, y: 235 });
    expect(out.sw1).toEqual({ x: 0, y: 500 });
    expect(Object.keys(out)).toHaveLength(42);
  });

  it('makes blocks narrower when many stand side by side, and keeps a small rack on one row', () => {
    expect(blockColumns(1, 8)).toBe(8);
    expect(blockColumns(1, 64)).toBe(16);
    expect(blockColumns(13, 16)).toBe(2);
  });
});
