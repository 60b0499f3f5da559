import { describe, expect, it } from 'vitest';
import { MARKER_PX, MARKERS, markerCount, markerPosition, markerShape, markerSide, markerTracks, onMarkerTracksChange, setMarkerTrack } from './flowMarkerTracks.ts';

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

describe('setMarkerTrack', () => {
  const track = { kind: 'fc', path: 'M0,0 C0,50 100,50 100,100', period: 0.5, size: 7 } as const;

  it('tells the layer about each change, and only about changes', () => {
    let changes = 0;
    const stop = onMarkerTracksChange(() => changes++);
    setMarkerTrack('l1', track);
    setMarkerTrack('l1', { ...track });
    expect(changes).toBe(1);
    // The cable moved: its markers must follow the new path even while the run is paused.
    setMarkerTrack('l1', { ...track, path: 'M0,0 C0,60 120,60 120,120' });
    expect(markerTracks.get('l1')?.path).toBe('M0,0 C0,60 120,60 120,120');
    setMarkerTrack('l1', null);
    setMarkerTrack('l1', null);
    expect(changes).toBe(3);
    expect(markerTracks.has('l1')).toBe(false);
    stop();
    setMarkerTrack('l1', track);
    expect(changes).toBe(3);
    setMarkerTrack('l1', null);
  });
});

describe('markerSide', () => {
  it('is the cable size at the zoom, never under 10 px nor over 18 px on screen', () => {
    expect(markerSide(7, 0.4)).toBe(10);
    expect(markerSide(14, 1)).toBe(14);
    expect(markerSide(14, 3)).toBe(18);
    expect(MARKER_PX.min).toBeGreaterThanOrEqual(8);
  });
});

describe('markerCount', () => {
  it('gives a long cable four markers and a short one fewer, never none', () => {
    expect(markerCount(250, 10)).toBe(4);
    expect(markerCount(100, 10)).toBe(4);
    expect(markerCount(60, 10)).toBe(2);
    expect(markerCount(30, 10)).toBe(1);
    expect(markerCount(4, 10)).toBe(1);
  });

  it('spreads that many evenly', () => {
    expect([0, 1].map((i) => markerPosition(0.1, i, 2))).toEqual([0.1, 0.6]);
  });
});
