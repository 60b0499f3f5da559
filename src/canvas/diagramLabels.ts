import {
  LABEL_PRIORITY, LEGIBLE_PX, NAME_BESIDE_PX, cableLabelCandidates, fitNodeText, nameBeside, placeLabels, textWidth, WIDEST_FIGURE,
  type Box, type LabelRequest, type NodeTextFit,
} from '../diagram/index.ts';
import { COMPACT_TILE_PX } from '../diagram/serverGroups.ts';
import { loadLabelId, nameLabelId, rateLabelId, type CableLabels, type LabelPoint } from './labelPlacements.ts';
import { detailLevel, smallestDiagramText, summaryTextScale, summaryZoom } from './levelOfDetail.ts';
import { samplePath } from './pathSampler.ts';

/**
 * One placement pass over the canvas as it is drawn now: which of each node's own texts fit it,
 * and where each cable's rate and live load go (or that they are hidden), clear of the nodes, of
 * each other and of the overlays. Screen pixels are relative to the canvas's top-left corner.
 */
export type DiagramSnapshot = {
  transform: readonly [number, number, number];
  pane: { width: number; height: number };
  windowWidth: number;
  /** Presenter mode: larger text, no cable rates. */
  presenting: boolean;
  nodes: readonly {
    id: string; kind: string; x: number; y: number; width: number; height: number; name: string; slotLabels: readonly string[];
    /** Whether a finding badge sits on its top-right corner, over its border. */
    marked: boolean;
  }[];
  cables: ReadonlyMap<string, CableLabels>;
  /** Whether live figures are shown (a run has a frame). */
  live: boolean;
  /** The boxes of what floats over the canvas (legend, controls, minimap), in screen pixels. */
  overlays: readonly Box[];
};

/** `compact`: the servers drawn as compact tiles (name and one utilization bar). */
export type DiagramLabels = { nodeText: Map<string, NodeTextFit>; labelPoints: Map<string, LabelPoint>; compact: Set<string> };

/**
 * Semantic zoom: a server narrower than COMPACT_TILE_PX on screen whose adapters' labels no longer
 * fit it is a compact tile; one whose rows still read (a fitted 8-server rack) keeps them.
 */
export const isCompactTile = (kind: string, screenWidth: number, fit: NodeTextFit) =>
  kind === 'server' && screenWidth < COMPACT_TILE_PX && !fit.slotLabels;

/** The cable label's look (canvas.css `.link-label`, `.link-load-label`): 14 px, padding and border. */
const LABEL_PX = 14;
const LABEL_PAD_X = 15;
const LABEL_PAD_Y = 5;
const LINE = 1.3;
/** A live figure prefers the cable's middle, away from the rate at its end; on a crowded rack, anywhere along it. */
const LIVE_FIGURE_FRACTIONS = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.35, 0.65, 0.25, 0.75, 0.15, 0.85, 0.45, 0.55];

/** Screen pixels per CSS pixel of the text inside the diagram (levelOfDetail.ts). */
export function textScale(zoom: number, windowWidth: number, presenting = false): number {
  return detailLevel(zoom, smallestDiagramText(windowWidth, presenting)) === 'summary'
    ? (zoom / summaryZoom(zoom)) * summaryTextScale(windowWidth, presenting)
    : zoom;
}

/** The room each part of a node gives away around its text, in CSS pixels (canvas.css, levelOfDetail.css). */
function insets(summary: boolean) {
  return summary
    // A slot's label: 4 + 4 px of margin, 4 + 4 of padding, its stripe and the empty badge column's
    // gap; a chip spans that column, so it gets the gap back (3 = its padding and border, less it).
    ? { nameSizes: [16, 14, 12, 10], nameInset: 9, slotLabelPx: 14, slotInset: 26, figurePx: 14, figureInset: 3 }
    // Zoomed in, a node has the height to spare for a long name in three lines.
    : { nameSizes: [17, 15, 13], nameInset: 56, nameLines: 3, slotLabelPx: 14, slotInset: 120, figurePx: 14, figureInset: 14 };
}

export function layoutDiagramLabels(snapshot: DiagramSnapshot): DiagramLabels {
  const [tx, ty, zoom] = snapshot.transform;
  const s = textScale(zoom, snapshot.windowWidth, snapshot.presenting);
  const summary = detailLevel(zoom, smallestDiagramText(snapshot.windowWidth, snapshot.presenting)) === 'summary';
  const minPx = snapshot.presenting ? smallestDiagramText(snapshot.windowWidth, true) : LEGIBLE_PX;
  const toScreen = (x: number, y: number, width: number, height: number): Box => ({ x: x * zoom + tx, y: y * zoom + ty, width: width * zoom, height: height * zoom });

  const nodeText = new Map<string, NodeTextFit>();
  const compact = new Set<string>();
  const obstacles: Box[] = [...snapshot.overlays];
  const labels: LabelRequest[] = [];
  // Presenter mode's names are larger; elsewhere a notch above the smallest legible size.
  const besidePx = Math.max(minPx, NAME_BESIDE_PX);
  const names = new Map<string, readonly string[]>();
  for (const node of snapshot.nodes) {
    const box = toScreen(node.x, node.y, node.width, node.height);
    // The badge hangs over the top-right corner (canvas.css): 14 px up, 10 px out, 22 px round.
    obstacles.push(node.marked && !snapshot.presenting ? { x: box.x, y: box.y - 14 * s, width: box.width + 12 * s, height: box.height + 14 * s } : box);
    const fit = fitNodeText({ width: box.width, textScale: s, minPx, name: node.name, slotLabels: node.slotLabels, ...insets(summary) });
    nodeText.set(node.id, fit);
    if (isCompactTile(node.kind, box.width, fit)) compact.add(node.id);
    // A node too small for its name, even its number: the name beside it, where there is room.
    const beside = fit.name ? undefined : nameBeside(nameLabelId(node.id), { ...node, box }, besidePx);
    if (beside) {
      labels.push(beside.request);
      names.set(beside.request.id, beside.texts);
    }
  }

  const height = (LABEL_PX * LINE + LABEL_PAD_Y) * s;
  const figureWidth = textWidth(WIDEST_FIGURE, LABEL_PX * s, 700) + LABEL_PAD_X * s;
  for (const [id, cable] of snapshot.cables) {
    const flowPoints = samplePath(cable.path);
    const points = new Float64Array(flowPoints.length);
    for (let i = 0; i < flowPoints.length; i += 2) {
      points[i] = flowPoints[i]! * zoom + tx;
      points[i + 1] = flowPoints[i + 1]! * zoom + ty;
    }
    const rateWidth = textWidth(cable.rate, LABEL_PX * s, 600) + LABEL_PAD_X * s;
    if (LABEL_PX * s >= minPx) {
      if (!snapshot.presenting) labels.push({ id: rateLabelId(id), priority: LABEL_PRIORITY.rate, candidates: cableLabelCandidates(points, rateWidth, height) });
      if (snapshot.live) labels.push({ id: loadLabelId(id), priority: LABEL_PRIORITY.liveFigure, candidates: cableLabelCandidates(points, figureWidth, height, LIVE_FIGURE_FRACTIONS) });
    }
  }
  const bounds = { x: 0, y: 0, width: snapshot.pane.width, height: snapshot.pane.height };
  const placements = placeLabels({ labels, obstacles, bounds, padding: 3 });
  const labelPoints = new Map<string, LabelPoint>();
  for (const label of labels) {
    const at = placements.get(label.id) ?? -1;
    if (at < 0) continue;
    const box = label.candidates[at]!;
    const name = names.get(label.id)?.[at];
    labelPoints.set(label.id, {
      x: (box.x + box.width / 2 - tx) / zoom, y: (box.y + box.height / 2 - ty) / zoom, width: box.width / zoom, height: box.height / zoom,
      ...(name === undefined ? {} : { text: name, px: besidePx / zoom }),
    });
  }
  return { nodeText, labelPoints, compact };
}
