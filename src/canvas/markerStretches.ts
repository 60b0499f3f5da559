import type { MarkerObstacles } from './markerObstacles.ts';

/**
 * Where along a cable its markers may be drawn: the samples of its path (evenly spaced by length)
 * at which a marker of `extent` px touches no node and no label, as fractions of the length. The
 * markers move through these stretches only, so they pass under a chip or a node as the cable
 * does, and a short cable between two labelled nodes still shows its traffic in what room is left.
 */
export function freeStretches(points: Float64Array, [x, y, zoom]: readonly [number, number, number], obstacles: MarkerObstacles, extent: number): Float64Array {
  const samples = points.length / 2;
  const free: number[] = [];
  for (let i = 0; i < samples; i++) {
    if (obstacles.clear(x + points[2 * i]! * zoom, y + points[2 * i + 1]! * zoom, extent)) free.push(i / (samples - 1));
  }
  return Float64Array.from(free);
}

/**
 * The fraction of the cable's length for a marker at `share` (0..1) of the free stretches: between
 * two free samples next to each other it moves smoothly; at the end of a stretch it goes on at the
 * start of the next one.
 */
export function alongFree(free: Float64Array, share: number, step: number): number {
  const at = share * free.length;
  const i = Math.min(free.length - 1, Math.floor(at));
  const t = free[i]!;
  const next = free[i + 1];
  return next !== undefined && next - t <= step * 1.5 ? t + (at - i) * (next - t) : t;
}
