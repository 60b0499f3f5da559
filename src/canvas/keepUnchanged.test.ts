import { describe, expect, it } from 'vitest';
import { example, moveNodes, rename } from '../model/index.ts';
import { deepEqual, keepUnchanged } from './keepUnchanged.ts';
import { toFlow } from './toFlow.ts';

describe('keepUnchanged', () => {
  it('keeps every node and cable an edit did not touch, as the same object', () => {
    const before = example('virtualized-rack');
    const moved = moveNodes(before, { s3: { x: 5, y: 5 } });
    const renamed = moved.ok ? rename(moved.topology, 'san1', 'Storage') : moved;
    if (!renamed.ok) throw new Error(renamed.reason);
    const old = toFlow(before);
    const next = toFlow(renamed.topology);
    const nodes = keepUnchanged(old.nodes, next.nodes);
    expect(nodes.filter((n, i) => n !== old.nodes[i]).map((n) => n.id)).toEqual(['s3', 'sw1', 'san1']);
    const edges = keepUnchanged(old.edges, next.edges);
    // The FC cables name the SAN, and s3's cable moved with it.
    expect(edges.filter((e, i) => e !== old.edges[i]).map((e) => e.id)).toEqual(['l9', 'l10']);
  });

  it('compares all the way down', () => {
    expect(deepEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(deepEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] })).toBe(false);
    expect(deepEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(deepEqual([1], { 0: 1 })).toBe(false);
  });
});
