/**
 * Where things sit inside a node, in canvas pixels, as canvas.css lays them out (measured in
 * Chromium on virtualized-rack: a server with no slots 144.9 px tall, the switch with four slots
 * 318.5, a fabric 62). The export draws from these numbers, so a cable ends where it does on screen.
 */
export const ACCENT = 4;
export const HEADER = 57;
/** The workload grid of a server: border, padding 6 + 8, a name (18.2) over a figure (19.5). */
export const WORKLOAD = 52.7;
export const SLOT = 56.4;
export const SLOT_GAP = 6;
export const SLOT_INSET = 9;
/** The slot summary's line ("2 of 4 slots used"): padding 4 (6 after slots) + 18.2 + 8. */
export const SUMMARY_LINE = 18.2;
export const ICON = 22;
export const SLOT_ICON = 18;
export const TITLE_X = 41;

/** Inter's ascent and descent per em: a line of `lineHeight` puts its baseline this far from its top. */
const ASCENT = 0.96875;
const CONTENT = 1.2109375;
export function baseline(top: number, px: number, lineHeight: number): number {
  return top + (lineHeight - CONTENT * px) / 2 + ASCENT * px;
}

export type NodeParts = { workloadTop?: number; slotsTop?: number; summaryTop?: number; height: number };

/** The vertical layout of a node of `kind` holding `slots` adapters. */
export function nodeParts(kind: string, slots: number): NodeParts {
  let y = ACCENT + HEADER;
  const parts: { workloadTop?: number; slotsTop?: number; summaryTop?: number } = {};
  if (kind === 'server') {
    parts.workloadTop = y;
    y += WORKLOAD;
  }
  if (slots > 0) {
    parts.slotsTop = y;
    y += 1 + slots * (SLOT + SLOT_GAP) + 6;
  }
  if (kind === 'server') {
    parts.summaryTop = y;
    y += (slots > 0 ? 6 : 4) + SUMMARY_LINE + 8;
  }
  return { ...parts, height: y + 1 };
}

/** The top of the i-th slot row, from the node's top. */
export function slotTop(parts: NodeParts, i: number): number {
  return (parts.slotsTop ?? 0) + 1 + SLOT_GAP + i * (SLOT + SLOT_GAP);
}
