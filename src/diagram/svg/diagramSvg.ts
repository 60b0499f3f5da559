import type { Topology } from '../../model/index.ts';
import type { Box } from '../box.ts';
import type { Theme } from '../utilizationScale.ts';
import { cableCurve, cableLabels, cableSvg } from './cableSvg.ts';
import { legendSize, legendSvg } from './legendSvg.ts';
import { nodeSvg, type Paint } from './nodeSvg.ts';
import { sceneOf, type LiveFigures, type Scene } from './scene.ts';
import { el, escapeXml, n } from './svgMarkup.ts';
import { SVG_PALETTES } from './svgPalette.ts';

export type SvgBackground = 'light' | 'dark' | 'transparent';

export type DiagramSvgOptions = {
  /** Light or dark paints the canvas's colours of that theme; transparent draws `theme`'s colours on nothing. */
  background: SvgBackground;
  theme?: Theme;
  /** A run's figures at the moment shown, and its simulated time in seconds. */
  live?: LiveFigures & { time: number };
  /** Only these elements (a selection), with the adapters in their slots and cables between them. */
  only?: ReadonlySet<string>;
  exportedAt: Date;
  /** @font-face rules for a rasterizer that cannot see the page's fonts (the browser's PNG); not in a saved SVG. */
  fontFaces?: string;
};

export type DiagramSvg = { svg: string; width: number; height: number };

/** The bundled font first, then what a viewer without it has: the drawing's text stays text. */
export const FONT_FAMILY = "Inter, 'Helvetica Neue', Arial, 'Liberation Sans', sans-serif";
/** Room around the design, in the diagram's pixels (as the old export had). */
const PADDING = 40;

/**
 * The design as a vector drawing: every node by its kind's toSvg (nodeSvg.ts), cables as paths,
 * labels as text in the bundled font, placed by the diagram's placement pass; the legend under it;
 * a <title> and <desc>. No foreignObject, no external reference: it opens in any SVG editor.
 */
export function diagramSvg(topology: Topology, options: DiagramSvgOptions): DiagramSvg {
  const theme: Theme = options.background === 'transparent' ? (options.theme ?? 'light') : options.background;
  const paint: Paint = { palette: SVG_PALETTES[theme], theme };
  const scene = sceneOf(topology, { ...(options.live ? { live: options.live } : {}), ...(options.only ? { only: options.only } : {}) });
  if (scene.nodes.length === 0) throw new Error(options.only ? 'nothing selected to draw: select nodes first.' : 'the design is empty: add something to the canvas first.');
  const legendInput = { running: !!options.live, note: 'Labels: rate per direction' };
  const legend = legendSize(legendInput);
  const bounds = sceneBounds(scene);
  const x = bounds.x - PADDING;
  const y = bounds.y - PADDING;
  const width = Math.ceil(Math.max(bounds.width, legend.width) + 2 * PADDING);
  const height = Math.ceil(bounds.height + 2 * PADDING + legend.height + 16);
  const obstacles = scene.nodes.map((node) => ({ x: node.x, y: node.y, width: node.width, height: node.height }));
  const body = [
    el('title', {}, escapeXml(topology.name || 'IOV design')),
    el('desc', {}, escapeXml(describe(topology, options))),
    options.fontFaces ? el('style', {}, escapeXml(options.fontFaces)) : '',
    options.background === 'transparent' ? '' : el('rect', { x, y, width, height, fill: paint.palette.canvas }),
    el('g', { 'data-part': 'cables' }, scene.cables.map((cable) => cableSvg(cable, paint)).join('')),
    el('g', { 'data-part': 'nodes' }, scene.nodes.map((node) => nodeSvg(node, paint)).join('')),
    el('g', { 'data-part': 'labels' }, cableLabels(scene.cables, obstacles, paint)),
    legendSvg(x + PADDING, y + height - PADDING - legend.height + 24, legendInput, paint),
  ].join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${n(x)} ${n(y)} ${width} ${height}" font-family="${escapeXml(FONT_FAMILY)}">${body}</svg>`;
  return { svg, width, height };
}

function describe(topology: Topology, options: DiagramSvgOptions): string {
  const when = options.exportedAt.toISOString().slice(0, 16).replace('T', ' ');
  const run = options.live ? `a simulation run shown at ${options.live.time.toFixed(1)} s of simulated time` : 'idle (no simulation run shown)';
  return `${topology.name || 'IOV design'}: ${topology.nodes.length} nodes, ${topology.links.length} cables; ${run}. Exported from IOV Studio on ${when} UTC.`;
}

/** Everything drawn: nodes (with the badge over a corner) and the cables' curves. */
function sceneBounds(scene: Scene): Box {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  const add = (x: number, y: number) => {
    left = Math.min(left, x); right = Math.max(right, x); top = Math.min(top, y); bottom = Math.max(bottom, y);
  };
  for (const node of scene.nodes) {
    add(node.x - 8, node.y - 14);
    add(node.x + node.width + 10, node.y + node.height + 8);
  }
  for (const cable of scene.cables) for (const point of cableCurve(cable)) add(point.x, point.y);
  return { x: left, y: top, width: right - left, height: bottom - top };
}
