import { describe, expect, it } from 'vitest';
import { example } from './examples/index.ts';
import { movedOnly } from './movedOnly.ts';
import { moveNodes, rename, setWorkload } from './operations/index.ts';

const rack = example('virtualized-rack');
const after = (result: ReturnType<typeof moveNodes>) => {
  if (!result.ok) throw new Error(result.reason);
  return result.topology;
};

describe('movedOnly', () => {
  it('is true for a move of one node or several', () => {
    expect(movedOnly(rack, rack)).toBe(true);
    expect(movedOnly(rack, after(moveNodes(rack, { s1: { x: 40, y: 80 } })))).toBe(true);
    expect(movedOnly(rack, after(moveNodes(rack, { s1: { x: 40, y: 80 }, sw1: { x: 0, y: 900 } })))).toBe(true);
  });

  it('is false for any other change, alone or with a move', () => {
    expect(movedOnly(rack, after(rename(rack, 's1', 'Web one')))).toBe(false);
    expect(movedOnly(rack, after(setWorkload(rack, 's1', 'idle')))).toBe(false);
    const moved = after(moveNodes(rack, { s1: { x: 40, y: 80 } }));
    expect(movedOnly(rack, after(rename(moved, 's2', 'Web two')))).toBe(false);
    expect(movedOnly(rack, { ...rack, links: rack.links.slice(1) })).toBe(false);
    expect(movedOnly(rack, { ...rack, settings: { ...rack.settings, seed: 9 } })).toBe(false);
    expect(movedOnly(rack, { ...rack, nodes: rack.nodes.slice(1) })).toBe(false);
    expect(movedOnly(rack, example('classic-rack'))).toBe(false);
  });
});
