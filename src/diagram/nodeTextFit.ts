import { fitText } from './fitText.ts';
import { textWidth } from './textMetrics.ts';

/**
 * What of a node's own text fits inside it as drawn now. The canvas scales a node with the zoom;
 * at the summary level of detail its text is drawn larger than the zoom would make it
 * (levelOfDetail.ts), so a node 200 canvas pixels wide may have 78 screen pixels for a 16 px name.
 * Sizes here are in screen pixels; nothing is drawn under LEGIBLE_PX, and no word is split.
 */
export const LEGIBLE_PX = 9;

export type NodeTextInput = {
  /** The node's width on screen, in pixels. */
  width: number;
  /** Screen pixels per CSS pixel of the node's text (zoom, or zoom ÷ summary zoom). */
  textScale: number;
  /** The smallest text drawn, in screen pixels (LEGIBLE_PX; more for a room). */
  minPx?: number;
  name: string;
  /** The sizes the name may take, in CSS pixels, largest first. */
  nameSizes: readonly number[];
  /** Room the name's row gives away to other things (icon, padding), in CSS pixels. */
  nameInset: number;
  /** The most lines a name may take (2 when the node's details are shown, whose height is set). */
  nameLines?: number;
  /** The labels of the adapters in its slots, at `slotLabelPx` (CSS), `slotInset` given away. */
  slotLabels: readonly string[];
  slotLabelPx: number;
  slotInset: number;
  /** A live figure's widest text ("100 %"), at `figurePx` (CSS) inside a chip of `figureInset`. */
  figurePx: number;
  figureInset: number;
};

export type NodeTextFit = {
  /**
   * The name's size in CSS pixels and its lines; `shortened` when even the smallest size needs
   * more than two lines (a long label): one line, cut, the whole name in its tooltip and the
   * node's accessible name. Undefined: hidden, the node too small on screen (zoom in to read it).
   */
  name?: { px: number; lines: number; shortened?: boolean };
  slotLabels: boolean;
  figures: boolean;
};

export const WIDEST_FIGURE = '100 %';

export function fitNodeText(input: NodeTextInput): NodeTextFit {
  const { width, textScale: s } = input;
  const legible = (px: number) => px * s >= (input.minPx ?? LEGIBLE_PX) - 1e-9;
  const sizes = input.nameSizes.filter(legible).map((px) => px * s);
  const fitted = fitText(input.name, { maxWidth: width - input.nameInset * s, sizes, maxLines: input.nameLines ?? 2, weight: 600, letterSpacingEm: -0.02 });
  const smallest = sizes.at(-1);
  const room = width - input.nameInset * s;
  const name = fitted ? { px: fitted.px / s, lines: fitted.lines.length }
    // Room for a few letters and the cut: a long name is shortened, not hidden.
    : smallest !== undefined && textWidth(`${input.name.slice(0, 4)}…`, smallest, 600) <= room
      ? { px: smallest / s, lines: 1, shortened: true }
      : undefined;
  const slotRoom = width - input.slotInset * s;
  const slotLabels = legible(input.slotLabelPx) && input.slotLabels.every((label) => textWidth(label, input.slotLabelPx * s, 600) <= slotRoom);
  const figures = legible(input.figurePx) && textWidth(WIDEST_FIGURE, input.figurePx * s, 700) + input.figureInset * s <= slotRoom;
  return { ...(name ? { name } : {}), slotLabels, figures };
}
