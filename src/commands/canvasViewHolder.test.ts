import { describe, expect, it } from 'vitest';
import type { CanvasView } from './canvasView.ts';
import { createCanvasViewHolder } from './canvasViewHolder.ts';

function drawnCanvas(calls: string[]): CanvasView {
  return {
    centre: () => ({ x: 40, y: 60 }),
    toDesign: (screen) => ({ x: screen.x * 2, y: screen.y * 2 }),
    fit: () => calls.push('fit'),
    frame: (ids) => calls.push(`frame ${ids.join(',')}`),
    focus: (id) => calls.push(`focus ${id}`),
    nodeRects: () => [{ id: 'srv-1', x: 0, y: 0, width: 200, height: 80 }],
  };
}

describe('the canvas view commands hold before the canvas is drawn', () => {
  it('answers safely while the canvas code is still arriving', () => {
    const holder = createCanvasViewHolder();
    expect(holder.centre()).toEqual({ x: 0, y: 0 });
    expect(holder.toDesign?.({ x: 5, y: 7 })).toEqual({ x: 5, y: 7 });
    expect(holder.nodeRects()).toEqual([]);
    expect(holder.cables?.()).toEqual([]);
    expect(() => { holder.fit(); holder.frame(['srv-1']); holder.focus('srv-1'); holder.fitAbove?.(100); }).not.toThrow();
  });

  it('passes every call on to the drawn canvas, and lets go of it when the canvas goes', () => {
    const calls: string[] = [];
    const holder = createCanvasViewHolder();
    holder.attach(drawnCanvas(calls));
    holder.fit();
    holder.fitAbove?.(120); // the drawn canvas has no fitAbove: a plain fit
    holder.frame(['srv-1', 'srv-2']);
    holder.focus('srv-2');
    expect(calls).toEqual(['fit', 'fit', 'frame srv-1,srv-2', 'focus srv-2']);
    expect(holder.centre()).toEqual({ x: 40, y: 60 });
    expect(holder.toDesign?.({ x: 5, y: 7 })).toEqual({ x: 10, y: 14 });
    expect(holder.nodeRects()).toHaveLength(1);
    holder.attach(null);
    expect(holder.centre()).toEqual({ x: 0, y: 0 });
  });
});
