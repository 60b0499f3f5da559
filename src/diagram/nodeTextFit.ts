import { fitText, type FitOptions } from './fitText.ts';
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
   * node's accessible name. `tag` when only the name's number fits ("17" of "Server 17", nameTag):
   * the rows of a fitted rack stay told apart. Undefined: hidden, the node too small on screen
   * (zoom in to read it).
   */
  name?: { px: number; lines: number; shortened?: boolean; tag?: boolean };
  slotLabels: boolean;
  figures: boolean;
};

export const WIDEST_FIGURE = '100 %';

/** The number a name ends with ("17" of "Server 17", "3" of "Web-3"), if it ends with one. */
export function nameTag(name: string): string | undefined {
  return /(?:^|[^\p{L}\p{N}])(\p{N}{1,4})$/u.exec(name.trim())?.[1];
}

export function fitNodeText(input: NodeTextInput): NodeTextFit {
  const { width, textScale: s } = input;
  const minPx = input.minPx ?? LEGIBLE_PX;
  const legible = (px: number) => px * s >= minPx - 1e-9;
  const name = fitName(input, input.nameSizes.filter(legible).map((px) => px * s), minPx);
  const slotRoom = width - input.slotInset * s;
  const slotLabels = legible(input.slotLabelPx) && input.slotLabels.every((label) => textWidth(label, input.slotLabelPx * s, 600) <= slotRoom);
  const figures = legible(input.figurePx) && textWidth(WIDEST_FIGURE, input.figurePx * s, 700) + input.figureInset * s <= slotRoom;
  return { ...(name ? { name } : {}), slotLabels, figures };
}

/** The name at the node's own legible `sizes` (screen pixels), else in a shorter form, else nothing. */
function fitName(input: NodeTextInput, sizes: readonly number[], minPx: number): NodeTextFit['name'] {
  const s = input.textScale;
  const options = { maxWidth: input.width - input.nameInset * s, weight: 600, letterSpacingEm: -0.02 } as const;
  const whole = fitText(input.name, { ...options, sizes, maxLines: input.nameLines ?? 2 });
  if (whole) return { px: whole.px / s, lines: whole.lines.length };
  // Room for a few letters and the cut: the whole name is in its tooltip and accessible name.
  const cut = (px: number) => (textWidth(`${input.name.slice(0, 4)}…`, px, 600) <= options.maxWidth ? { px: px / s, lines: 1, shortened: true } : undefined);
  const tag = (tagSizes: readonly number[]) => tagFit(input.name, { ...options, sizes: tagSizes, maxLines: 1 }, s);
  // At the node's own sizes a long name is shortened, not hidden.
  if (sizes.length > 0) return cut(sizes.at(-1)!) ?? tag([...sizes, minPx]);
  // Zoomed out past them (a fitted rack): one line at the smallest legible size; else the name's
  // number, so that a rack's tiles stay told apart ("17", not "Serv…"); else a cut name.
  const small = fitText(input.name, { ...options, sizes: [minPx], maxLines: 1 });
  return small ? { px: minPx / s, lines: 1 } : tag([minPx]) ?? cut(minPx);
}

/** The name's number alone, at the largest legible size it fits. */
function tagFit(name: string, options: FitOptions, s: number): NodeTextFit['name'] {
  const tag = nameTag(name);
  const fitted = tag === undefined ? undefined : fitText(tag, options);
  return fitted ? { px: fitted.px / s, lines: 1, tag: true } : undefined;
}
