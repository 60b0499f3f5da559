/**
 * Overlays are obstacles: the legend, the zoom controls, the minimap and the presenter's caption
 * float over the canvas, so a fit leaves their room free instead of drawing the design under them.
 */

/** What floats over the canvas, as the fit and the label placement see it: its panels, and the presenter's caption. */
const PANELS = '.react-flow__panel';
const CAPTION = '.presenter-caption, .classroom-cards';

/** The screen boxes of the overlays of a canvas element (a phone's lesson sheet is in the flow, not over it). */
export function overlayBoxes(flow: HTMLElement): DOMRect[] {
  return [...flow.querySelectorAll<HTMLElement>(PANELS), ...document.querySelectorAll<HTMLElement>(CAPTION)]
    .filter((el) => getComputedStyle(el).position !== 'static')
    .map((el) => el.getBoundingClientRect())
    .filter((box) => box.width > 0 && box.height > 0);
}

/** The minimap only where the canvas has room for it beside the design (a large screen). */
export function showsMinimap(canvasWidth: number, canvasHeight: number): boolean {
  return canvasWidth >= 1000 && canvasHeight >= 700;
}

export type Box = { left: number; top: number; right: number; bottom: number };
type Px = `${number}px`;
export type FitPadding = { top: Px; bottom: Px; left: Px; right: Px };

const GAP = 12;

/**
 * The padding of a fit that keeps every overlay clear of the design: an overlay in the top half of
 * the canvas reserves the band above its bottom edge, one in the bottom half the band below its
 * top edge (the panels sit in the corners; a band costs less than a column on a wide rack).
 */
export function fitPaddingClearOf(canvas: Box, overlays: readonly Box[], side = 24): FitPadding {
  let top = side;
  let bottom = side;
  const middle = (canvas.top + canvas.bottom) / 2;
  for (const box of overlays) {
    if (box.right <= box.left || box.bottom <= box.top) continue;
    if ((box.top + box.bottom) / 2 < middle) top = Math.max(top, box.bottom - canvas.top + GAP);
    else bottom = Math.max(bottom, canvas.bottom - box.top + GAP);
  }
  // A canvas too short for the bands (a phone on its side, a sheet open): the design whole
  // matters more than an overlay's corner, so the fit takes the whole height.
  if (top + bottom > (canvas.bottom - canvas.top) / 2) top = bottom = Math.min(side, 8);
  return { top: `${Math.round(top)}px`, bottom: `${Math.round(bottom)}px`, left: `${side}px`, right: `${side}px` };
}

/** The fit padding for the canvas element as it is on screen now. */
export function measuredFitPadding(flow: HTMLElement | null): FitPadding | undefined {
  if (!flow) return undefined;
  const canvas = flow.getBoundingClientRect();
  // A phone has no width to spare at the sides.
  return fitPaddingClearOf(canvas, overlayBoxes(flow), canvas.width < 600 ? 6 : 24);
}

/**
 * Whether the view is as the last fit left it, and the padding that fit used. A fit sets it; the
 * reader's own pan or zoom clears it (Canvas's onMoveStart): from then on the view is theirs, and
 * useKeepFitted no longer moves it when the overlays change.
 */
let fitted = false;
let lastPadding = '';

export function markFitted(value: boolean, padding?: FitPadding): void {
  fitted = value;
  if (padding) lastPadding = JSON.stringify(padding);
}
export const isFitted = () => fitted;
export const fittedPadding = () => lastPadding;
