import { describe, expect, it } from 'vitest';
import { example, checkDesign } from '../model/index.ts';
import { outlineEdges, withFindingOutline } from './findingOutline.ts';
import { toFlow } from './toFlow.ts';

describe('the outline of the finding shown', () => {
  const rack = example('virtualized-rack');
  const [finding] = checkDesign(rack);
  it('goes on every node it concerns, beside a drop target’s class', () => {
    const classes = withFindingOutline(new Map([['s1', 'valid-target'], ['san1', 'invalid-target']]), finding);
    expect(Object.fromEntries(classes)).toEqual({
      s1: 'valid-target finding-outline finding-outline-warning',
      san1: 'invalid-target',
      ...Object.fromEntries(['s2', 's3', 's4', 's5', 's6', 's7', 's8', 'sw1'].map((id) => [id, 'finding-outline finding-outline-warning'])),
    });
  });
  it('goes on its cables only, keeping their own classes', () => {
    const edges = outlineEdges(toFlow(rack).edges, finding);
    expect(edges.filter((e) => e.className?.includes('finding-outline')).map((e) => [e.id, e.className])).toEqual(
      ['l1', 'l2', 'l3', 'l4', 'l5', 'l6', 'l7', 'l8'].map((id) => [id, 'link link-pcie finding-outline finding-outline-warning']),
    );
  });
  it('is nowhere when no finding is shown', () => {
    const targets = new Map([['s1', 'valid-target']]);
    expect(withFindingOutline(targets, undefined)).toBe(targets);
    const { edges } = toFlow(rack);
    expect(outlineEdges(edges, undefined)).toEqual(edges);
  });
});
