import { describe, expect, it } from 'vitest';
import { example } from '../model/index.ts';
import { createNodeComposer, type NodeOverlay } from './composeNodes.ts';
import { toFlow } from './toFlow.ts';

const none: NodeOverlay = { selected: new Set(), dragged: new Map(), sizes: new Map(), marks: new Map() };

describe('createNodeComposer', () => {
  it('gives back the same node objects when nothing about them changed', () => {
    const compose = createNodeComposer();
    const { nodes } = toFlow(example('virtualized-rack'));
    const first = compose(nodes, none);
    const second = compose(nodes, { ...none, dragged: new Map([['s3', { x: 1, y: 2 }]]) });
    const changed = second.filter((node, i) => node !== first[i]).map((n) => n.id);
    expect(changed).toEqual(['s3']);
    expect(second.find((n) => n.id === 's3')?.position).toEqual({ x: 1, y: 2 });
  });

  it('lays selection, measured size and a target mark over a node', () => {
    const compose = createNodeComposer();
    const { nodes } = toFlow(example('virtualized-rack'));
    const [server] = compose(nodes, {
      selected: new Set(['s1']),
      dragged: new Map(),
      sizes: new Map([['s1', { width: 200, height: 120 }]]),
      marks: new Map([['s1', 'valid-target']]),
    });
    expect(server).toMatchObject({ id: 's1', selected: true, measured: { width: 200, height: 120 }, className: 'valid-target', position: { x: 0, y: 0 } });
  });
});
