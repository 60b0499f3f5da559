import { cableLabelCandidates } from '../cableLabelCandidates.ts';
import type { Box } from '../box.ts';
import { LABEL_PRIORITY, placeLabels, type LabelRequest } from '../placeLabels.ts';
import { textWidth } from '../textMetrics.ts';
import { formatUtilization, textOn, utilizationColour } from '../utilizationScale.ts';
import type { Paint } from './nodeSvg.ts';
import type { SceneCable } from './scene.ts';
import { el, n, text } from './svgMarkup.ts';

type Point = { x: number; y: number };
type Curve = [Point, Point, Point, Point];

/** React Flow's control offset (getBezierPath, curvature 0.25): half the distance ahead, a little behind. */
function controlOffset(distance: number): number {
  return distance >= 0 ? 0.5 * distance : 0.25 * 25 * Math.sqrt(-distance);
}

function control(end: SceneCable['source'], other: Point): Point {
  switch (end.side) {
    case 'left': return { x: end.x - controlOffset(end.x - other.x), y: end.y };
    case 'right': return { x: end.x + controlOffset(other.x - end.x), y: end.y };
    case 'top': return { x: end.x, y: end.y - controlOffset(end.y - other.y) };
    case 'bottom': return { x: end.x, y: end.y + controlOffset(other.y - end.y) };
  }
}

/** The cable's curve as the canvas draws it (getBezierPath of @xyflow/react). */
export function cableCurve(cable: SceneCable): Curve {
  const { source, target } = cable;
  return [source, control(source, target), control(target, source), target];
}

const pathOf = ([a, b, c, d]: Curve) => `M${n(a.x)} ${n(a.y)}C${n(b.x)} ${n(b.y)} ${n(c.x)} ${n(c.y)} ${n(d.x)} ${n(d.y)}`;

/** x, y pairs along the curve, for cableLabelCandidates. */
function sample([a, b, c, d]: Curve, count = 21): number[] {
  const points: number[] = [];
  for (let i = 0; i < count; i++) {
    const t = i / (count - 1);
    const u = 1 - t;
    const w = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t] as const;
    points.push(w[0] * a.x + w[1] * b.x + w[2] * c.x + w[3] * d.x, w[0] * a.y + w[1] * b.y + w[2] * c.y + w[3] * d.y);
  }
  return points;
}

const DASH = { pcie: undefined, fc: '10 6', ethernet: '2 6' } as const;

/** Its width by utilization (flowMarkers.ts loadWidth): 3 px idle to 10 px saturated. */
const loadWidth = (u: number) => Math.round((3 + 7 * Math.min(1, Math.max(0, u))) * 2) / 2;

export function cableSvg(cable: SceneCable, paint: Paint): string {
  const d = pathOf(cableCurve(cable));
  const colour = paint.palette.link[cable.kind];
  // Round joins change nothing on a curve, but ImageMagick's renderer draws a chord across a mitred one.
  let out = el('path', { d, fill: 'none', stroke: colour, 'stroke-width': 3, 'stroke-dasharray': DASH[cable.kind], 'stroke-linecap': cable.kind === 'fc' ? 'butt' : 'round', 'stroke-linejoin': 'round' });
  if (cable.live) {
    out += el('path', cable.live.failed
      ? { d, fill: 'none', stroke: paint.palette.error, 'stroke-width': 4, 'stroke-dasharray': '4 6', 'stroke-linejoin': 'round' }
      : { d, fill: 'none', stroke: utilizationColour(cable.live.utilization, paint.theme), 'stroke-width': loadWidth(cable.live.utilization), 'stroke-linecap': 'round', 'stroke-linejoin': 'round' });
  }
  return el('g', { 'data-id': cable.id }, out);
}

type CableLabel = { id: string; text: string; box: Box; fill: string; stroke: string; colour: string };

/**
 * The cables' labels (rate per direction; while a run is shown, the utilization too), placed by
 * the diagram's placement pass where they cover no node and no other label, or left out.
 */
export function cableLabels(cables: readonly SceneCable[], obstacles: readonly Box[], paint: Paint): string {
  const { palette } = paint;
  const wanted: (LabelRequest & { label: Omit<CableLabel, 'box' | 'id'>; size: [number, number] })[] = [];
  for (const cable of cables) {
    const points = sample(cableCurve(cable));
    const rateSize: [number, number] = [textWidth(cable.rate, 14, 600) + 15, 21.2];
    wanted.push({ id: `rate:${cable.id}`, priority: LABEL_PRIORITY.rate, candidates: cableLabelCandidates(points, ...rateSize), size: rateSize,
      label: { text: cable.rate, fill: palette.surface, stroke: palette.link[cable.kind], colour: palette.link[cable.kind] } });
    if (cable.live) {
      const figure = cable.live.failed ? '✕ Down' : formatUtilization(cable.live.utilization);
      const fill = cable.live.failed ? palette.error : utilizationColour(cable.live.utilization, paint.theme);
      const size: [number, number] = [textWidth(figure, 14, 700) + 14, 20];
      wanted.push({ id: `load:${cable.id}`, priority: LABEL_PRIORITY.liveFigure, candidates: cableLabelCandidates(points, ...size, [0.5, 0.4, 0.6, 0.3, 0.7]), size,
        label: { text: figure, fill, stroke: 'rgba(0,0,0,0.25)', colour: cable.live.failed ? palette.surface : textOn(fill) } });
    }
  }
  const placements = placeLabels({ labels: wanted, obstacles, padding: 2 });
  return wanted.map((request) => {
    const chosen = placements.get(request.id) ?? -1;
    if (chosen < 0) return '';
    const box = request.candidates[chosen]!;
    const { label } = request;
    return el('rect', { x: box.x + 0.75, y: box.y + 0.75, width: box.width - 1.5, height: box.height - 1.5, rx: (box.height - 1.5) / 2, fill: label.fill, stroke: label.stroke, 'stroke-width': 1.5 })
      + text(label.text, { x: box.x + box.width / 2, y: box.y + box.height / 2 + 5, 'text-anchor': 'middle', 'font-size': 14, 'font-weight': 600, fill: label.colour });
  }).join('');
}
