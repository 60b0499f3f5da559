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
  it('a card in a corner takes a band under a wide rack and a column beside a tall design; panels keep their bands', () => {
    // A challenge card at the bottom left of the canvas at 1920x1080, the legend at the top left.
    const wide = { left: 216, top: 102, right: 1584, bottom: 1011 };
    const legend = { left: 231, top: 117, right: 630, bottom: 173 };
    const card = { left: 320, top: 641, right: 752, bottom: 999 };
    // Bands would take 465 of 909 px: without the proportions the card is given up (the old rule)...
    expect(fitPaddingClearOf(wide, [legend], 24, undefined, [card])).toEqual({ top: '8px', bottom: '8px', left: '24px', right: '24px' });
    // ...with the design's proportions, the 8-server rack (about 3.3:1) fits above the card, and a tall design beside it.
    expect(fitPaddingClearOf(wide, [legend], 24, { width: 1800, height: 540 }, [card])).toEqual({ top: '83px', bottom: '382px', left: '24px', right: '24px' });
    expect(fitPaddingClearOf(wide, [legend], 24, { width: 400, height: 900 }, [card])).toEqual({ top: '83px', bottom: '24px', left: '548px', right: '24px' });
  });
  it('gives the run\'s legend a column beside a wide rack when a lesson\'s card takes the bottom band (1280x720)', () => {
    // As measured at 1280x720, lesson 4 open and the virtualized rack running.
    const projector = { left: 176, top: 102, right: 952, bottom: 653 };
    const legend = { left: 192, top: 118, right: 590, bottom: 172 };
    const controls = { left: 190, top: 612, right: 268, bottom: 640 };
    const runLegend = { left: 698, top: 118, right: 936, bottom: 252 };
    const card = { left: 282, top: 428, right: 711, bottom: 640 };
    const rack = { width: 1000, height: 420 };
    // Both as bands: 233 px of 551 left, less than half the whole canvas's scale: the fit took it all.
    expect(fitPaddingClearOf(projector, [legend, controls, runLegend], 24, rack, [card])).toEqual({ top: '8px', bottom: '8px', left: '24px', right: '24px' });
    // The run's legend a column on the right, the card a band at the bottom: the rack clear of both.
    expect(fitPaddingClearOf(projector, [legend, controls], 24, rack, [runLegend, card])).toEqual({ top: '82px', bottom: '237px', left: '24px', right: '266px' });
  });
  it('gives the whole canvas when every clear room draws the design at less than half its size', () => {
    // A phone's short canvas under its sheet, a legend across nearly its whole width.
    const phone = { left: 0, top: 186, right: 390, bottom: 380 };
    const card = { left: 15, top: 188, right: 375, bottom: 262 };
    expect(fitPaddingClearOf(phone, [], 6, { width: 1800, height: 540 }, [card])).toEqual({ top: '88px', bottom: '6px', left: '6px', right: '6px' });
    // A tall design under a card of four lines: 62 px of clear height against 182 whole.
    const tall = { ...card, bottom: 300 };
    expect(fitPaddingClearOf(phone, [], 6, { width: 300, height: 600 }, [tall])).toEqual({ top: '6px', bottom: '6px', left: '6px', right: '6px' });
  });
  it('shows the minimap only on a canvas with room beside the design', () => {
    expect(showsMinimap(1040, 980)).toBe(true);
    expect(showsMinimap(776, 620)).toBe(false);
    expect(showsMinimap(390, 700)).toBe(false);
  });
});
