import { fitText } from '../fitText.ts';
import { textWidth, type FontWeight } from '../textMetrics.ts';

/**
 * A one-line text cut to `maxWidth` as the canvas cuts it (CSS text-overflow: ellipsis): whole when
 * fitText says it fits at `px`, else as many characters as fit before "…". The export draws the
 * text it measured, so nothing spills out of its box in any viewer that has the font.
 */
export function textLine(content: string, px: number, weight: FontWeight, maxWidth: number): string {
  if (fitText(content, { maxWidth, sizes: [px], maxLines: 1, weight })) return content;
  const chars = [...content];
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (textWidth(`${chars.slice(0, mid).join('').trimEnd()}…`, px, weight) <= maxWidth) low = mid;
    else high = mid - 1;
  }
  return low === 0 ? '' : `${chars.slice(0, low).join('').trimEnd()}…`;
}
