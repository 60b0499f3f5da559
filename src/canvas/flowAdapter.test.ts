import type { NodeChange } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { emptyTopology } from '../model/index.ts';
import { createAppStore } from '../store/index.ts';
import { routeEdgeChanges, routeNodeChanges, type FlowSink } from './flowAdapter.ts';

/** A sink that records what it was asked, in order. */
function recordingSink() {
  const calls: [string, unknown][] = [];
  const sink: FlowSink = {
    select: (c) => calls.push(['select', c]),
    drag: (p) => calls.push(['drag', p]),
    dragEnd: (p) => calls.push(['dragEnd', p]),
    measure: (s) => calls.push(['measure', s]),
    remove: (ids) => calls.push(['remove', ids]),
  };
  return { sink, calls };
}

describe('routeNodeChanges', () => {
  it('sends each kind of change to its one place, batched', () => {
    const { sink, calls } = recordingSink();
    const changes: NodeChange[] = [
      { type: 'dimensions', id: 's1', dimensions: { width: 200, height: 120 } },
      { type: 'dimensions', id: 's2', dimensions: { width: 200, height: 90 } },
      { type: 'select', id: 's1', selected: true },
      { type: 'position', id: 's1', position: { x: 5, y: 6 }, dragging: true },
      { type: 'position', id: 's2', position: { x: 7, y: 8 }, dragging: false },
      { type: 'remove', id: 'l1' },
      { type: 'replace', id: 's1', item: { id: 's1', position: { x: 0, y: 0 }, data: {} } },
    ];
    routeNodeChanges(changes, sink);
    expect(calls).toEqual([
      ['measure', { s1: { width: 200, height: 120 }, s2: { width: 200, height: 90 } }],
      ['select', [{ id: 's1', selected: true }]],
      ['drag', { s1: { x: 5, y: 6 } }],
      ['dragEnd', { s2: { x: 7, y: 8 } }],
      ['remove', ['l1']],
    ]);
  });

  it('ignores a position change that carries no position', () => {
    const { sink, calls } = recordingSink();
    routeNodeChanges([{ type: 'position', id: 's1', dragging: false }], sink);
    expect(calls).toEqual([]);
  });
});

describe('routeEdgeChanges', () => {
  it('selects and removes cables, nothing else', () => {
    const { sink, calls } = recordingSink();
    routeEdgeChanges([{ type: 'select', id: 'l2', selected: false }, { type: 'remove', id: 'l3' }], sink);
    expect(calls).toEqual([['select', [{ id: 'l2', selected: false }]], ['remove', ['l3']]]);
  });
});

describe('a drag through the adapter into the store', () => {
  it('is one undo step however many frames it has, and selection is none', () => {
    const store = createAppStore(emptyTopology());
    store.getState().addNode('server', { x: 0, y: 0 });
    store.getState().load(store.getState().document);
    let overlay: Record<string, { x: number; y: number }> = {};
    const sink: FlowSink = {
      select: (c) => store.getState().changeSelection(c),
      drag: (p) => { overlay = { ...overlay, ...p }; },
      dragEnd: (p) => { overlay = {}; store.getState().dropNodes(p); },
      measure: () => {},
      remove: (ids) => store.getState().remove(ids),
    };
    routeNodeChanges([{ type: 'select', id: 's1', selected: true }], sink);
    for (let step = 1; step <= 60; step++) routeNodeChanges([{ type: 'position', id: 's1', position: { x: step, y: step }, dragging: true }], sink);
    expect(overlay).toEqual({ s1: { x: 60, y: 60 } });
    expect(store.getState().document.nodes[0]?.position).toEqual({ x: 0, y: 0 });
    routeNodeChanges([{ type: 'position', id: 's1', position: { x: 60, y: 60 }, dragging: false }], sink);
    expect(store.getState().document.nodes[0]?.position).toEqual({ x: 60, y: 60 });
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    expect(store.getState().selected).toEqual(['s1']);
  });
});
