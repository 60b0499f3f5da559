import { describe, expect, it } from 'vitest';
import { bundleCables, type BundledCable } from './cableBundles.ts';

const pcie = (id: string, source: string, what = 'PCIe Gen3 x8'): BundledCable => ({ id, source, target: 'sw1', kind: 'pcie', what });
const groupOf: Record<string, string> = { s1: 'g1', s2: 'g1', s3: 'g1', s4: 'g2', s5: 'g2' };
const drawnAs = (id: string) => groupOf[id] ?? id;

describe('bundling parallel cables', () => {
  it('makes one bundle per two drawn ends and kind, labelled with the count and what they are', () => {
    const bundles = bundleCables([pcie('l1', 's1'), pcie('l2', 's2'), pcie('l3', 's3'), pcie('l4', 's4'), pcie('l5', 's5')], drawnAs);
    expect(bundles).toEqual([
      { id: 'bundle:g1>sw1:pcie', source: 'g1', target: 'sw1', kind: 'pcie', linkIds: ['l1', 'l2', 'l3'], label: '3 × PCIe Gen3 x8' },
      { id: 'bundle:g2>sw1:pcie', source: 'g2', target: 'sw1', kind: 'pcie', linkIds: ['l4', 'l5'], label: '2 × PCIe Gen3 x8' },
    ]);
  });

  it('leaves a cable alone between its ends as itself', () => {
    expect(bundleCables([pcie('l1', 's1'), pcie('l6', 's6')], drawnAs)).toEqual([]);
  });

  it('names unlike cables by their kind, and keeps kinds apart', () => {
    const fc = { id: 'f1', source: 's1', target: 'san', kind: 'fc', what: '8 GFC' };
    const bundles = bundleCables([pcie('l1', 's1'), pcie('l2', 's2', 'PCIe Gen2 x8'), fc, { ...fc, id: 'f2', source: 's2' }], drawnAs);
    expect(bundles.map((b) => b.label)).toEqual(['2 × pcie cables', '2 × 8 GFC']);
  });
});
