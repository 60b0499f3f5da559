import type { LinkKind } from '../model/index.ts';

/** What the marker layer draws on one cable: its path, one marker passing every `period` seconds. */
export type MarkerTrack = { kind: LinkKind; path: string; period: number; colour: string; size: number };

/**
 * The cables with moving markers now, by link id: written by each cable (LinkLoad), read by the one
 * layer that draws them all (FlowMarkerLayer), so no React render happens per animation frame.
 */
export const markerTracks = new Map<string, MarkerTrack>();

export function setMarkerTrack(id: string, track: MarkerTrack | null): void {
  if (track) markerTracks.set(id, track);
  else markerTracks.delete(id);
}

/** Markers on a cable at once: each crosses in MARKERS periods. */
export const MARKERS = 4;

/** Squares for storage on FC, dots for network on Ethernet, in turn on PCIe (it carries both). */
export function markerShape(kind: LinkKind, index: number): 'storage' | 'network' {
  if (kind === 'fc') return 'storage';
  if (kind === 'ethernet') return 'network';
  return index % 2 === 0 ? 'storage' : 'network';
}

/** Where marker `index` of MARKERS is along its cable (0..1) when the cable's own phase is `phase`. */
export function markerPosition(phase: number, index: number): number {
  const t = phase + index / MARKERS;
  return t - Math.floor(t);
}
