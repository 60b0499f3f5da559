import { describe, expect, it } from 'vitest';
import { example } from '../model/index.ts';
import { imageFileName, imageFrame } from './imageExport.ts';

describe('the exported image', () => {
  it('frames the design with 40 px around it, at full size', () => {
    expect(imageFrame({ x: 100, y: -50, width: 800, height: 400 })).toEqual({
      width: 880, height: 480, zoom: 1, transform: 'translate(-60px, 90px) scale(1)',
    });
  });

  it('scales a large design down to 4,000 px on its longer side', () => {
    const frame = imageFrame({ x: 0, y: 0, width: 7920, height: 1920 });
    expect(frame.width).toBe(4000);
    expect(frame.height).toBe(1000);
    expect(frame.zoom).toBe(0.5);
    expect(frame.transform).toBe('translate(20px, 20px) scale(0.5)');
  });

  it('is named after the design, its format and its background', () => {
    expect(imageFileName(example('virtualized-rack'), 'png', 'light')).toBe('virtualized-rack.png');
    expect(imageFileName(example('virtualized-rack'), 'svg', 'dark')).toBe('virtualized-rack-dark.svg');
  });
});
