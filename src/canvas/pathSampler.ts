/** Points along an SVG path, sampled once per path string: the marker layer looks them up every frame. */
const SAMPLES = 96;
/** Steps of the cubic measured to spread the samples evenly by length. */
const STEPS = 4 * SAMPLES;
const cache = new Map<string, Float64Array>();
let probe: SVGPathElement | null = null;

const NUMBER = String.raw`(-?\d*\.?\d+(?:e[-+]?\d+)?)`;
/** React Flow's bezier edges: one cubic, `M x,y C x1,y1 x2,y2 x,y`. */
const CUBIC = new RegExp(String.raw`^M${NUMBER},${NUMBER} C${NUMBER},${NUMBER} ${NUMBER},${NUMBER} ${NUMBER},${NUMBER}$`, 'i');

/** `SAMPLES + 1` points (x, y pairs) evenly spaced along the path's length. */
export function samplePath(d: string): Float64Array {
  let points = cache.get(d);
  if (points) return points;
  points = sampleCubic(d) ?? sampleWithBrowser(d);
  // Paths change when nodes move: keep the cache from growing without end.
  if (cache.size > 2000) cache.clear();
  cache.set(d, points);
  return points;
}

/** One coordinate of a cubic Bézier at t. */
function at(t: number, a: number, b: number, c: number, e: number): number {
  const u = 1 - t;
  return u * u * u * a + 3 * u * u * t * b + 3 * u * t * t * c + t * t * t * e;
}

/**
 * A cubic, sampled by arithmetic: the browser's getPointAtLength took half a second for the first
 * frame of a large design's markers (96 calls per cable, each walking the path).
 */
export function sampleCubic(d: string): Float64Array | null {
  const match = CUBIC.exec(d.trim());
  if (!match) return null;
  const [x0, y0, x1, y1, x2, y2, x3, y3] = match.slice(1).map(Number) as [number, number, number, number, number, number, number, number];
  // The length so far at each step, then each sample at its share of the whole length.
  const lengths = new Float64Array(STEPS + 1);
  let px = x0;
  let py = y0;
  for (let i = 1; i <= STEPS; i++) {
    const t = i / STEPS;
    const x = at(t, x0, x1, x2, x3);
    const y = at(t, y0, y1, y2, y3);
    lengths[i] = lengths[i - 1]! + Math.hypot(x - px, y - py);
    px = x;
    py = y;
  }
  const total = lengths[STEPS]!;
  const points = new Float64Array((SAMPLES + 1) * 2);
  let step = 0;
  for (let i = 0; i <= SAMPLES; i++) {
    const wanted = (total * i) / SAMPLES;
    while (step < STEPS && lengths[step + 1]! < wanted) step++;
    const span = lengths[step + 1]! - lengths[step]!;
    const t = (step + (span > 0 ? (wanted - lengths[step]!) / span : 0)) / STEPS;
    points[2 * i] = at(Math.min(1, t), x0, x1, x2, x3);
    points[2 * i + 1] = at(Math.min(1, t), y0, y1, y2, y3);
  }
  return points;
}

function sampleWithBrowser(d: string): Float64Array {
  probe ??= document.createElementNS('http://www.w3.org/2000/svg', 'path');
  probe.setAttribute('d', d);
  const length = probe.getTotalLength();
  const points = new Float64Array((SAMPLES + 1) * 2);
  for (let i = 0; i <= SAMPLES; i++) {
    const point = probe.getPointAtLength((length * i) / SAMPLES);
    points[2 * i] = point.x;
    points[2 * i + 1] = point.y;
  }
  return points;
}

const lengths = new WeakMap<Float64Array, number>();

/** The length of a sampled path (the sum of its samples' gaps), worked out once per path. */
export function sampledLength(points: Float64Array): number {
  let length = lengths.get(points);
  if (length !== undefined) return length;
  length = 0;
  for (let i = 2; i < points.length; i += 2) length += Math.hypot(points[i]! - points[i - 2]!, points[i + 1]! - points[i - 1]!);
  lengths.set(points, length);
  return length;
}

/** The point at fraction `t` (0..1) of the path, between its two nearest samples. */
export function pointAt(points: Float64Array, t: number): [number, number] {
  const position = Math.min(1, Math.max(0, t)) * SAMPLES;
  const i = Math.min(SAMPLES - 1, Math.floor(position));
  const f = position - i;
  return [points[2 * i]! + (points[2 * i + 2]! - points[2 * i]!) * f, points[2 * i + 1]! + (points[2 * i + 3]! - points[2 * i + 1]!) * f];
}
