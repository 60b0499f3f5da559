import type { NodeKind } from '../../model/index.ts';
import { KIND_GLYPHS } from '../kindGlyphs.ts';
import { textWidth } from '../textMetrics.ts';
import { formatUtilization, textOn, utilizationColour, type Theme } from '../utilizationScale.ts';
import { ACCENT, baseline, HEADER, ICON, nodeParts, SLOT, SLOT_ICON, SLOT_INSET, slotTop, SUMMARY_LINE, TITLE_X } from './nodeGeometry.ts';
import type { FindingMark, SceneNode, SceneSlot } from './scene.ts';
import { el, escapeXml, n, text } from './svgMarkup.ts';
import type { SvgPalette } from './svgPalette.ts';
import { textLine } from './textLine.ts';

export type Paint = { palette: SvgPalette; theme: Theme };

/** A kind's icon: its line drawing (kindGlyphs.ts) scaled from 24 to `size`, in the kind's colour. */
export function icon(kind: NodeKind, x: number, y: number, size: number, colour: string): string {
  return el('g', { transform: `translate(${n(x)} ${n(y)}) scale(${Math.round((size / 24) * 1000) / 1000})`, fill: 'none', stroke: colour, 'stroke-width': 2, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' }, KIND_GLYPHS[kind]);
}

/** The badge's symbol (FindingBadge.tsx): "!" and "i" are in the bundled font; the warning's ▲ is not, so it is drawn. */
const SYMBOL_WIDTH = 10;

/** A finding's badge (FindingBadge.tsx): a pill in the severity's colour, its symbol and count. */
export function badge(mark: FindingMark, right: number, top: number, paint: Paint): string {
  const count = mark.count > 1 ? String(mark.count) : '';
  const width = Math.max(22, SYMBOL_WIDTH + 2 + textWidth(count, 14, 700) + 10);
  const ink = paint.palette.surface;
  const symbolX = right - width / 2 - textWidth(count, 14, 700) / 2;
  const symbol = mark.severity === 'warning'
    ? el('path', { d: `M${n(symbolX - 5)} ${n(top + 15.5)}L${n(symbolX)} ${n(top + 6.5)}L${n(symbolX + 5)} ${n(top + 15.5)}Z`, fill: ink })
    : text(mark.severity === 'error' ? '!' : 'i', { x: symbolX, y: top + 16, 'text-anchor': 'middle', 'font-size': 14, 'font-weight': 700, 'font-style': mark.severity === 'info' ? 'italic' : undefined, fill: ink });
  return el('rect', { x: right - width, y: top, width, height: 22, rx: 11, fill: paint.palette[mark.severity], stroke: ink, 'stroke-width': 2 })
    + symbol + (count ? text(count, { x: symbolX + SYMBOL_WIDTH / 2 + 2, y: top + 16, 'font-size': 14, 'font-weight': 700, fill: ink }) : '');
}

/** The card every node is: surface, border, a top border in the kind's colour, the header. */
function card(node: SceneNode, paint: Paint): string {
  const { x, y, width: w, height: h } = node;
  const { palette } = paint;
  const accent = palette.kind[node.kind];
  const top = `M${n(x)} ${n(y + 10)}A10 10 0 0 1 ${n(x + 10)} ${n(y)}H${n(x + w - 10)}A10 10 0 0 1 ${n(x + w)} ${n(y + 10)}`
    + `H${n(x + w - 1)}A9 6 0 0 0 ${n(x + w - 10)} ${n(y + ACCENT)}H${n(x + 10)}A9 6 0 0 0 ${n(x + 1)} ${n(y + 10)}Z`;
  const idWidth = node.id.length * 8.4 + 10;
  const detailX = x + TITLE_X + idWidth + 6;
  const titleWidth = w - TITLE_X - 11;
  return el('rect', { x: x + 0.5, y: y + 0.5, width: w - 1, height: h - 1, rx: 10, fill: palette.surface, stroke: palette.border })
    + el('path', { d: top, fill: accent })
    + icon(node.kind, x + 11, y + ACCENT + (HEADER - ICON) / 2, ICON, accent)
    + text(textLine(node.label, 17, 700, titleWidth), { x: x + TITLE_X, y: baseline(y + 12, 17, 22.1), 'font-size': 17, 'font-weight': 700, fill: palette.text })
    + el('rect', { x: x + TITLE_X, y: y + 34.6, width: idWidth, height: 17.9, rx: 5, fill: palette.surface2 })
    + text(node.id, { x: x + TITLE_X + 5, y: baseline(y + 34.1, 14, 18.9), 'font-family': 'ui-monospace, Menlo, Consolas, \'DejaVu Sans Mono\', monospace', 'font-size': 14, fill: palette.muted })
    + text(textLine(node.detail, 14, 400, titleWidth - idWidth - 6), { x: detailX, y: baseline(y + 34.1, 14, 18.9), 'font-size': 14, fill: palette.muted })
    + (node.mark ? badge(node.mark, x + w + 10, y - 14, paint) : '');
}

function rule(x: number, y: number, w: number, paint: Paint): string {
  return el('path', { d: `M${n(x + 1)} ${n(y + 0.5)}H${n(x + w - 1)}`, stroke: paint.palette.border });
}

/**
 * A server's workload (canvas.css .workload): two columns, Storage at the left and Network at the
 * right edge, each its name over its figure.
 */
function workload(node: SceneNode, top: number, paint: Paint): string {
  if (!node.workload) return '';
  const { x, y, width: w } = node;
  const { palette } = paint;
  const network = ['Network', node.workload.network] as const;
  const networkX = x + w - 11 - Math.max(textWidth(network[0], 14), textWidth(network[1], 15, 600));
  return rule(x, y + top, w, paint) + ([[x + 11, ['Storage', node.workload.storage]], [networkX, network]] as const).map(([left, [name, value]]) => {
    const cellTop = y + top + 7;
    return text(name, { x: left, y: baseline(cellTop, 14, 18.2), 'font-size': 14, fill: palette.muted })
      + text(value, { x: left, y: baseline(cellTop + 18.2, 15, 19.5), 'font-size': 15, 'font-weight': 600, fill: palette.text });
  }).join('');
}

/** One adapter in a slot (SlotRow.tsx): its name and speed, where its cable goes, and its load while a run is shown. */
function slotRow(slot: SceneSlot, x: number, y: number, width: number, paint: Paint): string {
  const { palette } = paint;
  const accent = palette.kind[slot.kind];
  const row1 = baseline(y + 6, 14, 18.2);
  const row2 = baseline(y + 32.2, 14, 18.2);
  // A label too long to sit beside the speed takes the whole line, and the speed joins the state's.
  const right = x + width - 10;
  const beside = fitsBesideSpeed(slot, right - (x + 40));
  const back = `M${n(x + 4)} ${n(y)}H${n(x + width - 6)}A6 6 0 0 1 ${n(x + width)} ${n(y + 6)}V${n(y + SLOT - 6)}A6 6 0 0 1 ${n(x + width - 6)} ${n(y + SLOT)}H${n(x + 4)}Z`;
  let out = el('rect', { x, y, width: 12, height: SLOT, rx: 6, fill: accent })
    + el('path', { d: back, fill: palette.surface2 })
    + icon(slot.kind, x + 14, y + (SLOT - SLOT_ICON) / 2, SLOT_ICON, accent)
    + labelAndSpeed(slot, x + 40, right, row1, paint);
  let stateRight = right;
  if (slot.live) {
    const chip = slotChip(slot.live, right, y + 31.2, paint);
    out += chip.markup;
    stateRight = chip.left - 6;
  }
  if (slot.mark) {
    out += badge(slot.mark, stateRight, y + 30.3, paint);
    stateRight -= 28;
  }
  const state = beside ? slot.state : `${speedText(slot)} · ${slot.state}`;
  out += text(textLine(state, 14, slot.loose ? 600 : 400, stateRight - (x + 40)), { x: x + 40, y: row2, 'font-size': 14, 'font-weight': slot.loose ? 600 : undefined, fill: slot.loose ? palette.warning : palette.muted });
  // Grouped and named as on the canvas (data-slot-id): an editor selects an adapter's row as one.
  return el('g', { 'data-slot-id': slot.id }, out);
}

const speedText = (slot: SceneSlot) => `${slot.speed}${slot.ports > 1 ? ` ×${slot.ports}` : ''}`;

function fitsBesideSpeed(slot: SceneSlot, room: number): boolean {
  return textWidth(slot.label, 14, 600) + 8 + textWidth(speedText(slot), 14, 600) <= room;
}

/** The slot's first line: its label, and its speed at the right when both fit (SlotRow.tsx's grid). */
function labelAndSpeed(slot: SceneSlot, left: number, right: number, y: number, paint: Paint): string {
  const { palette } = paint;
  if (!fitsBesideSpeed(slot, right - left)) {
    return text(textLine(slot.label, 14, 600, right - left), { x: left, y, 'font-size': 14, 'font-weight': 600, fill: palette.text });
  }
  const ports = slot.ports > 1 ? `<tspan fill="${palette.muted}" font-weight="500"> ×${slot.ports}</tspan>` : '';
  return text(slot.label, { x: left, y, 'font-size': 14, 'font-weight': 600, fill: palette.text })
    + el('text', { x: right, y, 'text-anchor': 'end', 'font-size': 14, 'font-weight': 600, fill: palette.text }, `${escapeXml(slot.speed)}${ports}`);
}

/** The utilization chip of a slot (SlotLoad.tsx): the percentage on the scale's colour, or "Failed". */
function slotChip(live: { utilization: number; failed?: boolean }, right: number, top: number, paint: Paint) {
  const label = live.failed ? 'Failed' : formatUtilization(live.utilization);
  const width = Math.max(47.6, textWidth(label, 14, 700) + 14);
  const fill = live.failed ? paint.palette.error : utilizationColour(live.utilization, paint.theme);
  const markup = el('rect', { x: right - width, y: top, width, height: 20.2, rx: 10.1, fill, stroke: 'rgba(0,0,0,0.25)' })
    + text(label, { x: right - width / 2, y: top + 15, 'text-anchor': 'middle', 'font-size': 14, 'font-weight': 700, fill: live.failed ? paint.palette.surface : textOn(fill) });
  return { markup, left: right - width };
}

function slots(node: SceneNode, paint: Paint): string {
  const parts = nodeParts(node.kind, node.slots.length);
  if (parts.slotsTop === undefined) return '';
  return rule(node.x, node.y + parts.slotsTop, node.width, paint) + node.slots
    .map((slot, i) => slotRow(slot, node.x + SLOT_INSET, node.y + slotTop(parts, i), node.width - 2 * SLOT_INSET, paint)).join('');
}

function summary(node: SceneNode, paint: Paint): string {
  const parts = nodeParts(node.kind, node.slots.length);
  if (parts.summaryTop === undefined || !node.summary) return '';
  const top = node.y + parts.summaryTop + (node.slots.length > 0 ? 6 : 4);
  return text(node.summary, { x: node.x + 11, y: baseline(top, 14, SUMMARY_LINE), 'font-size': 14, fill: paint.palette.muted });
}

type ToSvg = (node: SceneNode, paint: Paint) => string;
const serverSvg: ToSvg = (node, paint) => card(node, paint) + workload(node, nodeParts('server', node.slots.length).workloadTop!, paint) + slots(node, paint) + summary(node, paint);
const switchSvg: ToSvg = (node, paint) => card(node, paint) + slots(node, paint);
/** An adapter on its own and a fabric are a card: header and badge. */
const cardSvg: ToSvg = card;

/** One toSvg per node kind, as the canvas has one component per kind (nodeTypes.ts). */
export const NODE_TO_SVG: Readonly<Record<NodeKind, ToSvg>> = {
  server: serverSvg, 'iov-switch': switchSvg, 'fc-hba': cardSvg, 'eth-nic': cardSvg, san: cardSvg, lan: cardSvg,
};

export function nodeSvg(node: SceneNode, paint: Paint): string {
  return el('g', { 'data-id': node.id }, NODE_TO_SVG[node.kind](node, paint));
}
