import { textWidth, type FontWeight } from './textMetrics.ts';

/** How a text is set in a box: its size in pixels and its lines, never a word broken. */
export type TextFit = { px: number; lines: string[] };

export type FitOptions = {
  /** The width available, in the same pixels as the sizes. */
  maxWidth: number;
  /** Sizes to try, largest first: the first at which the text fits is taken. */
  sizes: readonly number[];
  maxLines: number;
  weight?: FontWeight;
  letterSpacingEm?: number;
};

/**
 * Breaks `text` at spaces into lines no wider than `maxWidth` at `px`; undefined when a single
 * word is wider than the box or more than `maxLines` lines are needed (a word is never split).
 */
export function wrapAtSpaces(text: string, px: number, options: Omit<FitOptions, 'sizes'>): string[] | undefined {
  const { maxWidth, maxLines, weight = 400, letterSpacingEm = 0 } = options;
  const width = (t: string) => textWidth(t, px, weight, letterSpacingEm);
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/)) {
    if (width(word) > maxWidth) return undefined;
    const joined = line ? `${line} ${word}` : word;
    if (width(joined) <= maxWidth) line = joined;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines.length <= maxLines ? lines : undefined;
}

/** The largest of `sizes` at which `text` fits the box, with its lines; undefined if none does. */
export function fitText(text: string, options: FitOptions): TextFit | undefined {
  for (const px of options.sizes) {
    const lines = wrapAtSpaces(text, px, options);
    if (lines) return { px, lines };
  }
  return undefined;
}
