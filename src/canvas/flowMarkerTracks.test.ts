import { describe, expect, it } from 'vitest';
import { MARKERS, markerPosition, markerShape } from './flowMarkerTracks.ts';

describe('marker tracks', () => {
  it('spread the markers evenly along the cable and wrap them round', () => {
    expect(Array.from({ length: MARKERS }, (_, i) => markerPosition(0, i))).toEqual([0, 0.25, 0.5, 0.75]);
    expect(markerPosition(0.9, 1)).toBeCloseTo(0.15, 12);
  });

  it('draw storage on FC, network on Ethernet, both in turn on PCIe', () => {
    expect([0, 1, 2, 3].map((i) => markerShape('fc', i))).toEqual(['storage', 'storage', 'storage', 'storage']);
    expect([0, 1].map((i) => markerShape('ethernet', i))).toEqual(['network', 'network']);
    expect([0, 1, 2, 3].map((i) => markerShape('pcie', i))).toEqual(['storage', 'network', 'storage', 'network']);
  });
});
