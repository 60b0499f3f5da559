import { LINK_KINDS, type LinkKind } from '../../model/index.ts';
import { textWidth } from '../textMetrics.ts';
import { utilizationColour } from '../utilizationScale.ts';
import type { Paint } from './nodeSvg.ts';
import { el, text } from './svgMarkup.ts';

const LINK_NAMES: Readonly<Record<LinkKind, string>> = { pcie: 'PCIe', fc: 'Fibre Channel (FC)', ethernet: 'Ethernet' };
const DASH = { pcie: undefined, fc: '10 6', ethernet: '2 6' } as const;
/** Steps of the legend's utilization scale: 5 px each, too fine to see as steps. */
const SCALE_STEPS = 48;
const SCALE_WIDTH = 240;

export type LegendInput = { running: boolean; note: string };

/** The legend's size, so the drawing leaves room for it under the design. */
export function legendSize(input: LegendInput): { width: number; height: number } {
  const items = LINK_KINDS.reduce((sum, kind) => sum + 36 + 6 + textWidth(LINK_NAMES[kind], 14, 600) + 16, 24);
  const note = textWidth(input.note, 14) + 24;
  return { width: Math.ceil(Math.max(items, note, input.running ? SCALE_WIDTH + 24 + 90 : 0)), height: input.running ? 104 : 60 };
}

/** The canvas's legend (Legend.tsx, SimulationLegend.tsx) as a box at (x, y): cable kinds, then the utilization scale while a run is shown. */
export function legendSvg(x: number, y: number, input: LegendInput, paint: Paint): string {
  const { palette } = paint;
  const { width, height } = legendSize(input);
  let out = el('rect', { x: x + 0.5, y: y + 0.5, width: width - 1, height: height - 1, rx: 8, fill: palette.surface, stroke: palette.border });
  let at = x + 12;
  for (const kind of LINK_KINDS) {
    out += el('path', { d: `M${at + 2} ${y + 21}H${at + 34}`, stroke: palette.link[kind], 'stroke-width': 3, 'stroke-dasharray': DASH[kind], 'stroke-linecap': kind === 'fc' ? 'butt' : 'round' });
    out += text(LINK_NAMES[kind], { x: at + 42, y: y + 26, 'font-size': 14, 'font-weight': 600, fill: palette.text });
    at += 36 + 6 + textWidth(LINK_NAMES[kind], 14, 600) + 16;
  }
  out += text(input.note, { x: x + 12, y: y + 48, 'font-size': 14, fill: palette.muted });
  if (input.running) {
    out += text('Utilization', { x: x + 12, y: y + 84, 'font-size': 14, 'font-weight': 600, fill: palette.text });
    const barX = x + 96;
    // The scale in solid steps rather than a gradient: every renderer draws them (ImageMagick's own draws a gradient black).
    const step = SCALE_WIDTH / SCALE_STEPS;
    for (let i = 0; i < SCALE_STEPS; i++) {
      out += el('rect', { x: barX + i * step, y: y + 70, width: step + 0.3, height: 16, fill: utilizationColour((i + 0.5) / SCALE_STEPS, paint.theme) });
    }
    out += el('rect', { x: barX, y: y + 70, width: SCALE_WIDTH, height: 16, fill: 'none', stroke: palette.border });
    out += text('0 %', { x: barX, y: y + 101, 'font-size': 12, fill: palette.muted });
    out += text('100 %', { x: barX + SCALE_WIDTH, y: y + 101, 'text-anchor': 'end', 'font-size': 12, fill: palette.muted });
  }
  return el('g', { 'data-part': 'legend' }, out);
}
