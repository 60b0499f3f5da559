import type { LinkKind } from '../model/index.ts';

/** What the marker layer draws on one cable: its path as drawn, one marker passing every `period` seconds. */
export type MarkerTrack = { kind: LinkKind; path: string; period: number; size: number };

/**
 * The cables with moving markers now, by link id: written by each cable (LinkLoad), read by the one
 * layer that draws them all (FlowMarkerLayer), so no React render happens per animation frame.
 */
export const markerTracks = new Map<string, MarkerTrack>();

const listeners = new Set<() => void>();

/**
 * Calls `listener` after each change of the tracks. A paused layer draws only then: without it, a
 * cable moved, removed or gone idle while paused kept its markers where it no longer was.
 */
export function onMarkerTracksChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const sameTrack = (a: MarkerTrack | undefined, b: MarkerTrack | null) =>
  a === undefined ? b === null : b !== null && a.kind === b.kind && a.path === b.path && a.period === b.period && a.size === b.size;

export function setMarkerTrack(id: string, track: MarkerTrack | null): void {
  if (sameTrack(markerTracks.get(id), track)) return;
  if (track) markerTracks.set(id, track);
  else markerTracks.delete(id);
  for (const listener of listeners) listener();
}

/** Markers on a cable at once, at most: each crosses in as many periods as there are markers. */
export const MARKERS = 4;

/** Room along the cable for each marker, in marker sides: closer, markers read as a bar, not as motion. */
const ROOM_PER_MARKER = 2.5;

/**
 * How many markers a cable drawn `screenLength` px long gets at `side` px each: up to MARKERS, fewer
 * where it is short on screen (a whole rack on a phone), never none while it carries traffic.
 */
export function markerCount(screenLength: number, side: number): number {
  return Math.max(1, Math.min(MARKERS, Math.floor(screenLength / (ROOM_PER_MARKER * side))));
}

/** Squares for storage on FC, dots for network on Ethernet, in turn on PCIe (it carries both). */
export function markerShape(kind: LinkKind, index: number): 'storage' | 'network' {
  if (kind === 'fc') return 'storage';
  if (kind === 'ethernet') return 'network';
  return index % 2 === 0 ? 'storage' : 'network';
}

/** Where marker `index` of `count` is along its cable (0..1) when the cable's own phase is `phase`. */
export function markerPosition(phase: number, index: number, count = MARKERS): number {
  const t = phase + index / count;
  return t - Math.floor(t);
}

/** The smallest and largest side of a marker on screen, in CSS px: 10 stays legible on a fitted rack. */
export const MARKER_PX = { min: 10, max: 18 } as const;

/** A marker's side on screen: its cable's size at the zoom, kept between MARKER_PX's bounds. */
export function markerSide(size: number, zoom: number): number {
  return Math.min(MARKER_PX.max, Math.max(MARKER_PX.min, size * zoom));
}
