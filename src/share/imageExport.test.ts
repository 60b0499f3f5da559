import { describe, expect, it } from 'vitest';
import { example } from '../model/index.ts';
import { imageFileName, MAX_PNG_SIDE, pngScale } from './imageExport.ts';

describe('the exported image', () => {
  it('is named after the design, its format, its background and a PNG\'s scale', () => {
    expect(imageFileName(example('virtualized-rack'), 'png', 'light')).toBe('virtualized-rack.png');
    expect(imageFileName(example('virtualized-rack'), 'svg', 'dark')).toBe('virtualized-rack-dark.svg');
    expect(imageFileName(example('virtualized-rack'), 'png', 'transparent', 2)).toBe('virtualized-rack-transparent@2x.png');
    expect(imageFileName(example('virtualized-rack'), 'svg', 'light', 2)).toBe('virtualized-rack.svg');
  });

  it('draws a PNG at the scale asked, smaller only when it would pass the canvas limit', () => {
    expect(pngScale({ width: 1908, height: 880 }, 2)).toBe(2);
    expect(pngScale({ width: 1908, height: 880 }, 1)).toBe(1);
    expect(pngScale({ width: 6000, height: 3000 }, 2)).toBeCloseTo(MAX_PNG_SIDE / 6000, 9);
  });
});
