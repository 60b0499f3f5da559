import { describe, expect, it } from 'vitest';
import { fitPaddingClearOf, showsMinimap } from './overlayRoom.ts';

const canvas = { left: 100, top: 50, right: 900, bottom: 650 };

describe('the room a fit leaves for the overlays', () => {
  it('reserves the band above a top overlay and below a bottom one, plus a gap', () => {
    const legend = { left: 115, top: 65, right: 500, bottom: 120 };
    const controls = { left: 115, top: 600, right: 200, bottom: 635 };
    expect(fitPaddingClearOf(canvas, [legend, controls])).toEqual({ top: '82px', bottom: '62px', left: '24px', right: '24px' });
  });
  it('takes the deepest of several overlays in a band, and ignores empty boxes', () => {
    const legend = { left: 115, top: 65, right: 500, bottom: 120 };
    const simulationLegend = { left: 600, top: 65, right: 880, bottom: 150 };
    const hidden = { left: 0, top: 0, right: 0, bottom: 0 };
    expect(fitPaddingClearOf(canvas, [legend, simulationLegend, hidden]).top).toBe('112px');
    expect(fitPaddingClearOf(canvas, [hidden]).top).toBe('24px');
  });
  it('gives a short canvas its whole height: the design matters more than an overlay\'s corner', () => {
    const short = { left: 0, top: 100, right: 844, bottom: 260 };
    const legend = { left: 15, top: 115, right: 400, bottom: 170 };
    const controls = { left: 15, top: 215, right: 100, bottom: 245 };
    expect(fitPaddingClearOf(short, [legend, controls])).toEqual({ top: '8px', bottom: '8px', left: '24px', right: '24px' });
  });
  it('shows the minimap only on a canvas with room beside the design', () => {
    expect(showsMinimap(1040, 980)).toBe(true);
    expect(showsMinimap(776, 620)).toBe(false);
    expect(showsMinimap(390, 700)).toBe(false);
  });
});
