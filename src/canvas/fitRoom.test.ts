import { describe, expect, it } from 'vitest';
import { designInRoom, onCanvasResize } from './fitRoom.ts';

const canvas = { width: 1000, height: 600 };
const padding = { top: '100px', bottom: '24px', left: '24px', right: '24px' } as const;

describe('a fitted design kept in its room', () => {
  it('counts a design inside the room clear of the overlays, within a few pixels', () => {
    const bounds = { x: 0, y: 0, width: 950, height: 470 };
    expect(designInRoom(bounds, { x: 25, y: 102, zoom: 1 }, canvas, padding)).toBe(true);
    expect(designInRoom(bounds, { x: 22, y: 98, zoom: 1 }, canvas, padding)).toBe(true);
  });

  it('sees a design that grew under the legend band or past the canvas edge', () => {
    // The run's figures made the nodes taller: 30 px more at the bottom.
    expect(designInRoom({ x: 0, y: 0, width: 950, height: 500 }, { x: 25, y: 102, zoom: 1 }, canvas, padding)).toBe(false);
    // Its top in the legend's band.
    expect(designInRoom({ x: 0, y: 0, width: 950, height: 400 }, { x: 25, y: 60, zoom: 1 }, canvas, padding)).toBe(false);
    // Half the zoom: the same design fits.
    expect(designInRoom({ x: 0, y: 0, width: 1900, height: 940 }, { x: 25, y: 102, zoom: 0.5 }, canvas, padding)).toBe(true);
  });

  it('without a padding, measures against the whole canvas', () => {
    expect(designInRoom({ x: 0, y: 0, width: 1000, height: 600 }, { x: 0, y: 0, zoom: 1 }, canvas)).toBe(true);
    expect(designInRoom({ x: 0, y: 0, width: 1010, height: 600 }, { x: 0, y: 0, zoom: 1 }, canvas)).toBe(false);
  });
});

describe('what a change of the canvas size asks', () => {
  const before = { width: 390, height: 700 };
  it('on a phone, refits a design shown whole for a sheet and keeps the centre of one zoomed in', () => {
    expect(onCanvasResize(true, before, { width: 390, height: 400 }, true)).toBe('refit');
    expect(onCanvasResize(true, before, { width: 390, height: 400 }, false)).toBe('keep-centre');
    expect(onCanvasResize(true, before, { width: 390, height: 690 }, true)).toBe('nothing');
  });
  it('on a wide screen, refits for a change of width only (a notice takes the bottom for a moment)', () => {
    expect(onCanvasResize(false, { width: 1200, height: 700 }, { width: 1185, height: 700 }, true)).toBe('refit');
    expect(onCanvasResize(false, { width: 1200, height: 700 }, { width: 1200, height: 660 }, true)).toBe('nothing');
  });
});
