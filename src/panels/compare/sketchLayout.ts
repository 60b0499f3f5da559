import { indexOf, isAdapterKind, type LinkKind, type NodeKind, type Topology } from '../../model/index.ts';

/** A static drawing of a design: boxes at the document's positions, adapters as chips in their box. */
export type SketchBox = { id: string; kind: NodeKind; label: string; x: number; y: number; width: number; height: number; chips: SketchChip[] };
export type SketchChip = { id: string; kind: NodeKind; label: string; x: number; y: number; size: number };
export type SketchLine = { id: string; kind: LinkKind; x1: number; y1: number; x2: number; y2: number };
/** `font`: the labels' size in canvas units, large enough to read once the whole design is drawn small. */
export type Sketch = { viewBox: [number, number, number, number]; boxes: SketchBox[]; lines: SketchLine[]; font: number };

/** Box sizes in canvas units, about those of the canvas's nodes, so the positions of the document fit them. */
const SIZE: Readonly<Record<NodeKind, { width: number; height: number }>> = {
  server: { width: 170, height: 90 },
  'iov-switch': { width: 240, height: 90 },
  'fc-hba': { width: 60, height: 40 },
  'eth-nic': { width: 60, height: 40 },
  san: { width: 160, height: 70 },
  lan: { width: 160, height: 70 },
};
const CHIP = 26;
const CHIP_GAP = 8;
const PADDING = 40;

/**
 * Where everything goes: a drawing, not the canvas (no measuring, no React Flow), so two fit side by
 * side and print as crisp vectors. Cables from an adapter start at its chip.
 */
export function sketchLayout(topology: Topology): Sketch {
  const index = indexOf(topology);
  const anchors = new Map<string, { x: number; y: number }>();
  const boxes: SketchBox[] = [];
  const standing = topology.nodes.filter((n) => !('parentId' in n && n.parentId));
  const xs0 = standing.map((n) => n.position.x);
  const font = Math.max(22, (Math.max(0, ...xs0) - Math.min(0, ...xs0) + 240) / 40);
  for (const node of standing) {
    const children = index.adaptersIn(node.id);
    // Servers go unlabelled (eight labels would not fit); a switch or a fabric gets room for its name.
    const labelled = hasLabel(node.kind);
    const width = Math.max(SIZE[node.kind].width, children.length * (CHIP + CHIP_GAP) + CHIP_GAP, labelled ? node.label.length * font * 0.62 + 24 : 0);
    const height = Math.max(SIZE[node.kind].height, labelled ? font + 18 + (children.length > 0 ? CHIP + CHIP_GAP : 0) : 0);
    const chips = children.map((child, i) => ({
      id: child.id, kind: child.kind, label: child.label, size: CHIP,
      x: node.position.x + CHIP_GAP + i * (CHIP + CHIP_GAP), y: node.position.y + height - CHIP - CHIP_GAP,
    }));
    boxes.push({ id: node.id, kind: node.kind, label: node.label, x: node.position.x, y: node.position.y, width, height, chips });
    anchors.set(node.id, { x: node.position.x + width / 2, y: node.position.y + height / 2 });
    for (const chip of chips) anchors.set(chip.id, { x: chip.x + CHIP / 2, y: chip.y + CHIP / 2 });
  }
  const boxOf = new Map(boxes.map((b) => [b.id, b]));
  const lines = topology.links.flatMap((link) => {
    const a = anchors.get(link.source);
    const b = anchors.get(link.target);
    if (!a || !b) return [];
    // A cable leaves the bottom edge of a box above and enters the top edge of the one below.
    const from = boxOf.get(link.source);
    const to = boxOf.get(link.target);
    const y1 = from && !isAdapterKind(from.kind) ? from.y + from.height : a.y;
    const y2 = to ? to.y : b.y;
    return [{ id: link.id, kind: link.kind, x1: a.x, y1, x2: b.x, y2 }];
  });
  const xs = boxes.flatMap((b) => [b.x, b.x + b.width]);
  const ys = boxes.flatMap((b) => [b.y, b.y + b.height]);
  if (xs.length === 0) return { viewBox: [0, 0, 100, 60], boxes, lines, font };
  const left = Math.min(...xs) - PADDING;
  const top = Math.min(...ys) - PADDING;
  return { viewBox: [left, top, Math.max(...xs) + PADDING - left, Math.max(...ys) + PADDING - top], boxes, lines, font };
}

export function hasLabel(kind: NodeKind): boolean {
  return kind === 'iov-switch' || kind === 'san' || kind === 'lan';
}

const count = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** What the drawing shows, in words, for a screen reader: "8 servers, 16 adapters, 16 cables". */
export function sketchSummary(topology: Topology): string {
  const kinds = (kind: NodeKind) => topology.nodes.filter((n) => n.kind === kind).length;
  const adapters = topology.nodes.filter((n) => isAdapterKind(n.kind)).length;
  const parts = [count(kinds('server'), 'server'), ...(kinds('iov-switch') > 0 ? [count(kinds('iov-switch'), 'IOV switch')] : []), count(adapters, 'adapter'), count(topology.links.length, 'cable')];
  return parts.join(', ').replace('IOV switchs', 'IOV switches');
}
