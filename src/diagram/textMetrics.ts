import { ADVANCES, CODE_POINTS, FALLBACK_ADVANCE, UNITS_PER_EM } from './fontMetrics.data.ts';

/**
 * How wide a text is drawn in the bundled font (Inter), without a DOM: the canvas, the image export
 * and the command line get the same numbers. Kerning is left out, so a width is at most a pixel or
 * two wider than the browser draws it: a label that fits by these numbers fits on screen.
 */
export type FontWeight = 400 | 600 | 700;

const INDEX = new Map(CODE_POINTS.map((code, i) => [code, i]));
const cache = new Map<string, number>();

/** The width in em of `text` at `weight` (cached: the canvas asks for the same labels often). */
export function textWidthEm(text: string, weight: FontWeight = 400): number {
  const key = `${weight}|${text}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  const advances = ADVANCES[weight];
  let units = 0;
  for (const char of text) {
    const at = INDEX.get(char.codePointAt(0) ?? 0);
    const advance = at === undefined ? -1 : (advances[at] ?? -1);
    units += advance >= 0 ? advance : FALLBACK_ADVANCE[weight];
  }
  const em = units / UNITS_PER_EM;
  if (cache.size > 20_000) cache.clear();
  cache.set(key, em);
  return em;
}

/** The width in pixels of `text` drawn at `px`, with CSS letter-spacing in em. */
export function textWidth(text: string, px: number, weight: FontWeight = 400, letterSpacingEm = 0): number {
  return (textWidthEm(text, weight) + letterSpacingEm * [...text].length) * px;
}
