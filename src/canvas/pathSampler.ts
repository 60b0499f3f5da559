/** Points along an SVG path, sampled once per path string: the marker layer looks them up every frame. */
const SAMPLES = 96;
const cache = new Map<string, Float64Array>();
let probe: SVGPathElement | null = null;

/** `SAMPLES + 1` points (x, y pairs) evenly spaced along the path's length. */
export function samplePath(d: string): Float64Array {
  let points = cache.get(d);
  if (points) return points;
  probe ??= document.createElementNS('http://www.w3.org/2000/svg', 'path');
  probe.setAttribute('d', d);
  const length = probe.getTotalLength();
  points = new Float64Array((SAMPLES + 1) * 2);
  for (let i = 0; i <= SAMPLES; i++) {
    const point = probe.getPointAtLength((length * i) / SAMPLES);
    points[2 * i] = point.x;
    points[2 * i + 1] = point.y;
  }
  // Paths change when nodes move: keep the cache from growing without end.
  if (cache.size > 2000) cache.clear();
  cache.set(d, points);
  return points;
}

/** The point at fraction `t` (0..1) of the path, between its two nearest samples. */
export function pointAt(points: Float64Array, t: number): [number, number] {
  const position = Math.min(1, Math.max(0, t)) * SAMPLES;
  const i = Math.min(SAMPLES - 1, Math.floor(position));
  const f = position - i;
  return [points[2 * i]! + (points[2 * i + 2]! - points[2 * i]!) * f, points[2 * i + 1]! + (points[2 * i + 3]! - points[2 * i + 1]!) * f];
}
