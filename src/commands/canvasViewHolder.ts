import type { CanvasView } from './canvasView.ts';

/** The canvas as commands see it before it is drawn, and the way the drawn canvas hands itself over. */
export type CanvasViewHolder = CanvasView & { attach(view: CanvasView | null): void };

/**
 * The canvas's code arrives after the page's frame (App.tsx loads it lazily, so a first visit draws
 * the menus and panels before React Flow is fetched), while commands are made at the start: they
 * hold this stand-in, which passes each call on to the canvas once it is drawn. Until then there is
 * nothing to fit, frame or focus, and the design's origin is the middle of the view.
 */
export function createCanvasViewHolder(): CanvasViewHolder {
  let drawn: CanvasView | null = null;
  return {
    attach(view) {
      drawn = view;
    },
    centre: () => drawn?.centre() ?? { x: 0, y: 0 },
    toDesign: (screen) => drawn?.toDesign?.(screen) ?? screen,
    fit: () => drawn?.fit(),
    fitAbove: (bottom) => (drawn?.fitAbove ? drawn.fitAbove(bottom) : drawn?.fit()),
    frame: (ids) => drawn?.frame(ids),
    focus: (id) => drawn?.focus(id),
    focusCanvas: () => drawn?.focusCanvas?.(),
    focusedId: () => drawn?.focusedId?.(),
    cables: () => drawn?.cables?.() ?? [],
    nodeRects: () => drawn?.nodeRects() ?? [],
  };
}
