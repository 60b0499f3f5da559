import { describe, expect, it } from 'vitest';
import { loadPhrase, withCableLoads, type NamedCable } from './cableLoadNames.ts';
import type { FlowEdge } from './flowTypes.ts';

const edge = (id: string, rate: string): FlowEdge => ({
  id, source: 's1', target: 'sw1', type: 'pcie',
  ariaLabel: `PCIe cable: Web 1 (s1) to IOV switch (sw1), ${rate} per direction`,
  data: { kind: 'pcie', rate },
});

describe('a cable’s name says its load after its rate', () => {
  it('in whole percents, down, or not simulated yet', () => {
    expect(loadPhrase(0.174)).toBe('load 17 %');
    expect(loadPhrase(0.001)).toBe('load <1 %');
    expect(loadPhrase('down')).toBe('down: failed');
    expect(loadPhrase(undefined)).toBe('load not simulated yet');
  });

  it('says the load right after the rate, before the findings', () => {
    const flagged = { ...edge('l1', '3.36 GB/s'), ariaLabel: 'PCIe cable: Web 1 (s1) to IOV switch (sw1), 3.36 GB/s per direction, 1 warning finding' };
    const [named] = withCableLoads([flagged], new Map([['l1', 'load 2 %']]), new Map());
    expect(named!.ariaLabel).toBe('PCIe cable: Web 1 (s1) to IOV switch (sw1), 3.36 GB/s per direction, load 2 %, 1 warning finding');
  });

  it('names every cable, focusable by the arrows but not a Tab stop', () => {
    const drawn = new Map<string, NamedCable>();
    const [l1, l2] = withCableLoads([edge('l1', '3.36 GB/s'), edge('l2', '3.36 GB/s')], new Map([['l1', 'load 17 %']]), drawn);
    expect(l1!.ariaLabel).toBe('PCIe cable: Web 1 (s1) to IOV switch (sw1), 3.36 GB/s per direction, load 17 %');
    expect(l2!.ariaLabel).toMatch(/, 3\.36 GB\/s per direction, load not simulated yet$/);
    expect(l1!.domAttributes).toEqual({ tabIndex: -1 });
  });

  it('keeps a cable whose edge and load did not change the same object, so React Flow does not redraw it', () => {
    const drawn = new Map<string, NamedCable>();
    const edges = [edge('l1', '3.36 GB/s'), edge('l2', '3.36 GB/s')];
    const first = withCableLoads(edges, new Map([['l1', 'load 17 %'], ['l2', 'load 3 %']]), drawn);
    const second = withCableLoads(edges, new Map([['l1', 'load 17 %'], ['l2', 'load 4 %']]), drawn);
    expect(second[0]).toBe(first[0]);
    expect(second[1]).not.toBe(first[1]);
    expect(second[1]!.ariaLabel).toMatch(/load 4 %$/);
    // A cable removed is forgotten.
    withCableLoads([edges[0]!], new Map(), drawn);
    expect([...drawn.keys()]).toEqual(['l1']);
  });
});
