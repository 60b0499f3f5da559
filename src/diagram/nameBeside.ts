import type { Box } from './box.ts';
import { LABEL_PRIORITY, type LabelRequest } from './placeLabels.ts';
import { textWidth } from './textMetrics.ts';

/**
 * A node's name set beside the node, where the node is drawn too small for it even at the smallest
 * legible size (a 200-server design's SAN and LAN at its default fit are 10 px wide): as a map
 * names a town beside its dot, the name goes above, below or to a side, wherever it covers no node,
 * no overlay and no label placed before it; nowhere free, it stays hidden (zoom in to read it).
 */

/** Its size on screen, in CSS pixels: a notch above the smallest legible text, for a landmark. */
export const NAME_BESIDE_PX = 11;
/** Longer names (a group's list of workloads) would cover a crowd of nodes: hidden instead. */
const MOST_PX_WIDE = 160;
const PAD_X = 3;
const LINE = 1.3;
/** Between the node's edge and the name's box: more than the clear space the placement keeps around a label (3 px). */
const GAP = 4;
/** The fabrics every cable leads to: named before the rest when room is short. */
const LANDMARKS = new Set(['san', 'lan']);

export type NodeOnScreen = { id: string; kind: string; name: string; box: Box };

/** The placement's request for a node's name beside it, or undefined when the name is too long for that. */
export function nameBesideRequest(labelId: string, node: NodeOnScreen, px = NAME_BESIDE_PX): LabelRequest | undefined {
  const name = node.name.trim();
  if (name === '') return undefined;
  const width = textWidth(name, px, 600) + 2 * PAD_X;
  if (width > MOST_PX_WIDE) return undefined;
  const height = px * LINE;
  const { x, y, width: w, height: h } = node.box;
  const centreX = x + w / 2 - width / 2;
  const centreY = y + h / 2 - height / 2;
  const above = y - GAP - height;
  const below = y + h + GAP;
  const candidates: Box[] = [
    { x: centreX, y: above }, { x: centreX, y: below },
    { x: x + w + GAP, y: centreY }, { x: x - GAP - width, y: centreY },
    { x, y: above }, { x: x + w - width, y: above },
    { x, y: below }, { x: x + w - width, y: below },
  ].map((at) => ({ ...at, width, height }));
  const priority = LABEL_PRIORITY.nodeName + (LANDMARKS.has(node.kind) ? 0.5 : 0);
  return { id: labelId, priority, candidates };
}
