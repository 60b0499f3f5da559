import type { Box } from './box.ts';
import { nameTag } from './nodeTextFit.ts';
import { LABEL_PRIORITY, type LabelRequest } from './placeLabels.ts';
import { textWidth } from './textMetrics.ts';

/**
 * A node's name set beside the node, where the node is drawn too small for it even at the smallest
 * legible size (a 200-server design's SAN and LAN at its default fit are 10 px wide): as a map
 * names a town beside its dot, the name goes above, below or to a side, wherever it covers no node,
 * no overlay and no label placed before it; where the whole name has no room, a numbered node's
 * number ("20" of "IOV switch 20", as a fitted rack's tiles show theirs); nowhere free, it stays
 * hidden (zoom in to read it).
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
/** The parts a design numbers ("Server 17", "IOV switch 20"); not a group, whose name ends with a count. */
const NUMBERED = new Set(['server', 'iov-switch']);

export type NodeOnScreen = { id: string; kind: string; name: string; box: Box };

/** The placement's request, and the text each of its candidates sets: the whole name first, then its number. */
export type NameBeside = { request: LabelRequest; texts: readonly string[] };

/** The name beside a node, or undefined when it has nothing short enough to set there. */
export function nameBeside(labelId: string, node: NodeOnScreen, px = NAME_BESIDE_PX): NameBeside | undefined {
  const name = node.name.trim();
  const tag = NUMBERED.has(node.kind) ? nameTag(name) : undefined;
  const texts: string[] = [];
  const candidates: Box[] = [];
  for (const text of tag === undefined || tag === name ? [name] : [name, tag]) {
    const width = textWidth(text, px, 600) + 2 * PAD_X;
    if (text === '' || width > MOST_PX_WIDE) continue;
    for (const box of around(node.box, width, px * LINE)) {
      candidates.push(box);
      texts.push(text);
    }
  }
  if (candidates.length === 0) return undefined;
  const priority = LABEL_PRIORITY.nodeName + (LANDMARKS.has(node.kind) ? 0.5 : 0);
  return { request: { id: labelId, priority, candidates }, texts };
}

/** Boxes of this size beside a node: above and below it centred, to its right and left, then above and below its corners. */
function around({ x, y, width: w, height: h }: Box, width: number, height: number): Box[] {
  const centreX = x + w / 2 - width / 2;
  const centreY = y + h / 2 - height / 2;
  const above = y - GAP - height;
  const below = y + h + GAP;
  return [
    { x: centreX, y: above }, { x: centreX, y: below },
    { x: x + w + GAP, y: centreY }, { x: x - GAP - width, y: centreY },
    { x, y: above }, { x: x + w - width, y: above },
    { x, y: below }, { x: x + w - width, y: below },
  ].map((at) => ({ ...at, width, height }));
}
