import type { FitPadding } from './overlayRoom.ts';

/** How far (px) a node may stick out of the room for the design to still count as shown whole. */
export const SLACK_PX = 4;

type Rect = { x: number; y: number; width: number; height: number };
type Viewport = { x: number; y: number; zoom: number };
const px = (value: `${number}px`) => Number.parseFloat(value);

/** The design's bounds (flow coordinates) on screen under `viewport`. */
function onScreen(bounds: Rect, { x, y, zoom }: Viewport): Rect {
  return { x: bounds.x * zoom + x, y: bounds.y * zoom + y, width: bounds.width * zoom, height: bounds.height * zoom };
}

/** Whether the design lies within the canvas (`size`, screen px), less `padding` when given (the fit's room, clear of the overlays). */
export function designInRoom(bounds: Rect, viewport: Viewport, size: { width: number; height: number }, padding?: FitPadding): boolean {
  const drawn = onScreen(bounds, viewport);
  const room = padding
    ? { left: px(padding.left), top: px(padding.top), right: size.width - px(padding.right), bottom: size.height - px(padding.bottom) }
    : { left: 0, top: 0, right: size.width, bottom: size.height };
  return drawn.x >= room.left - SLACK_PX && drawn.y >= room.top - SLACK_PX
    && drawn.x + drawn.width <= room.right + SLACK_PX && drawn.y + drawn.height <= room.bottom + SLACK_PX;
}

/** What a change of the canvas's size asks of a fitted view. */
export type CanvasResize = 'refit' | 'keep-centre' | 'nothing';

/** A change of the canvas's height smaller than this is a rounding, not a sheet or a notice. */
export const SHEET_PX = 24;

/**
 * A phone's canvas gives its bottom to a sheet or a notice and takes it back: a design shown whole
 * before is fitted again to the room left; a view zoomed into a part keeps its zoom and centre. On
 * a wide screen only a change of width refits (a panel opened beside the canvas, a scrollbar in
 * it): a notice's row hides the canvas's bottom for a few seconds, and moving the design under the
 * pointer for it would be worse.
 */
export function onCanvasResize(narrow: boolean, before: { width: number; height: number }, after: { width: number; height: number }, shownWhole: boolean): CanvasResize {
  if (narrow) {
    if (Math.abs(after.height - before.height) < SHEET_PX) return 'nothing';
    return shownWhole ? 'refit' : 'keep-centre';
  }
  return Math.abs(after.width - before.width) >= 1 ? 'refit' : 'nothing';
}
