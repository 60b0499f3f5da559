/**
 * Overlays are obstacles: the legend, the zoom controls, the minimap and the presenter's caption
 * float over the canvas, so a fit leaves their room free instead of drawing the design under them.
 */

/** What floats over the canvas, as the fit and the label placement see it: its panels, and the presenter's caption. */
const PANELS = '.react-flow__panel';
const CAPTION = '.presenter-caption, .classroom-cards';

/** The screen boxes of the overlays of a canvas element (a phone's lesson sheet is in the flow, not over it). */
export function overlayBoxes(flow: HTMLElement): DOMRect[] {
  return [...boxesOf(flow.querySelectorAll<HTMLElement>(PANELS)), ...boxesOf(document.querySelectorAll<HTMLElement>(CAPTION))];
}

function boxesOf(elements: Iterable<HTMLElement>): DOMRect[] {
  return [...elements]
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
/** The smallest zoom of a design drawn server by server (Canvas.tsx): a fit cannot draw it smaller. */
export const MIN_ZOOM = 0.1;
/** The largest zoom of a fit (FIT_VIEW_OPTIONS): rooms that would draw larger than this draw the same. */
const MAX_FIT_ZOOM = 1;
/** More cards than this are taken as bands only (2^n rooms are tried). */
const MOST_CHOICES = 4;

export type Size = { width: number; height: number };

const isShown = (box: Box) => box.right > box.left && box.bottom > box.top;

/**
 * The padding of a fit that keeps every overlay clear of the design. A panel (the legends, the
 * controls, the minimap: in the corners) reserves a band, above a bottom one's top edge or below a
 * top one's bottom edge. A card (a lesson's, a challenge's, the presenter's caption: large) reserves
 * a band or a column beside it, whichever lets a design of these proportions be drawn largest: a
 * challenge card in a corner takes a band under a wide rack and a column beside a tall design.
 * When the bands take more than half the height, or every clear room draws the design at less than
 * half the size the whole canvas would, the design matters more than an overlay's corner and the
 * fit takes the whole canvas (a phone on its side, a sheet open).
 */
export function fitPaddingClearOf(canvas: Box, overlays: readonly Box[], side = 24, design?: Size, cards: readonly Box[] = []): FitPadding {
  const shown = [...cards.filter(isShown), ...overlays.filter(isShown)];
  const flexible = Math.min(cards.filter(isShown).length, MOST_CHOICES);
  const whole = { top: Math.min(side, 8), bottom: Math.min(side, 8), left: side, right: side };
  const bands = roomFor(canvas, shown, 0, side);
  // A canvas too short for the bands: the fit takes the whole height.
  const bandsOrWhole = asPadding(bands.top + bands.bottom > (canvas.bottom - canvas.top) / 2 ? whole : bands);
  if (flexible === 0 || !design || design.width <= 0 || design.height <= 0) return bandsOrWhole;
  // A room the design cannot fit into even at the smallest zoom is no room: it would spill over the overlays.
  let best: Room | undefined;
  let bestZoom = MIN_ZOOM;
  const choices = 1 << flexible;
  for (let columns = 0; columns < choices; columns++) {
    const room = roomFor(canvas, shown, columns, side);
    const zoom = zoomInto(canvas, room, design);
    if (zoom > bestZoom || (zoom === bestZoom && !best)) [best, bestZoom] = [room, zoom];
  }
  if (!best) return bandsOrWhole;
  return asPadding(bestZoom < zoomInto(canvas, whole, design) / 2 ? whole : best);
}

type Room = { top: number; bottom: number; left: number; right: number };

/** The room left when the overlays whose bit is set in `columns` take a column, the others a band. */
function roomFor(canvas: Box, overlays: readonly Box[], columns: number, side: number): Room {
  const room = { top: side, bottom: side, left: side, right: side };
  const middleY = (canvas.top + canvas.bottom) / 2;
  const middleX = (canvas.left + canvas.right) / 2;
  overlays.forEach((box, i) => {
    if (columns & (1 << i)) {
      if ((box.left + box.right) / 2 < middleX) room.left = Math.max(room.left, box.right - canvas.left + GAP);
      else room.right = Math.max(room.right, canvas.right - box.left + GAP);
    } else if ((box.top + box.bottom) / 2 < middleY) room.top = Math.max(room.top, box.bottom - canvas.top + GAP);
    else room.bottom = Math.max(room.bottom, canvas.bottom - box.top + GAP);
  });
  return room;
}

/** The scale at which a design of these proportions fills the room (0 when there is none). */
function zoomInto(canvas: Box, room: Room, design: Size): number {
  const width = canvas.right - canvas.left - room.left - room.right;
  const height = canvas.bottom - canvas.top - room.top - room.bottom;
  return width <= 0 || height <= 0 ? 0 : Math.min(width / design.width, height / design.height, MAX_FIT_ZOOM);
}

const asPadding = (room: Room): FitPadding => ({
  top: `${Math.round(room.top)}px`, bottom: `${Math.round(room.bottom)}px`, left: `${Math.round(room.left)}px`, right: `${Math.round(room.right)}px`,
});

/** The design's size in its own units: as drawn now, divided by the view's zoom. */
function drawnDesign(flow: HTMLElement): Size | undefined {
  const viewport = flow.querySelector<HTMLElement>('.react-flow__viewport');
  const zoom = viewport ? new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a : 0;
  if (!(zoom > 0)) return undefined;
  let left = Infinity, top = Infinity, right = -Infinity, bottom = -Infinity;
  for (const node of flow.querySelectorAll('.react-flow__node')) {
    const box = node.getBoundingClientRect();
    left = Math.min(left, box.left); top = Math.min(top, box.top);
    right = Math.max(right, box.right); bottom = Math.max(bottom, box.bottom);
  }
  return right > left && bottom > top ? { width: (right - left) / zoom, height: (bottom - top) / zoom } : undefined;
}

/**
 * The run's Utilization legend: a panel, but a tall one in a corner, so the fit may give it a
 * column as it gives a card (fitPaddingClearOf). Taken as a band above a lesson's card, the two
 * left a 1280x720 canvas too short, the fit took the whole canvas and the legend covered a server.
 */
const TALL_PANEL = '.sim-legend-panel';

/** The fit padding for the canvas element as it is on screen now. */
export function measuredFitPadding(flow: HTMLElement | null): FitPadding | undefined {
  if (!flow) return undefined;
  const canvas = flow.getBoundingClientRect();
  const panels = boxesOf([...flow.querySelectorAll<HTMLElement>(PANELS)].filter((panel) => !panel.matches(TALL_PANEL)));
  const cards = boxesOf([...document.querySelectorAll<HTMLElement>(CAPTION), ...flow.querySelectorAll<HTMLElement>(TALL_PANEL)]);
  // A phone has no width to spare at the sides.
  return fitPaddingClearOf(canvas, panels, canvas.width < 600 ? 6 : 24, drawnDesign(flow), cards);
}

/**
 * Whether the view is as the last fit left it, and the padding that fit used. A fit sets it; the
 * reader's own pan or zoom clears it (Canvas's onMoveStart): from then on the view is theirs, and
 * useKeepFitted no longer moves it when the overlays change.
 */
let fitted = false;
let lastPadding = '';
/** When the last fit began (ms, performance.now()): its animation moves the view for a while after. */
let fittedAt = -Infinity;

export function markFitted(value: boolean, padding?: FitPadding): void {
  fitted = value;
  if (padding) lastPadding = JSON.stringify(padding);
  if (value) fittedAt = performance.now();
}
export const isFitted = () => fitted;
export const fittedPadding = () => lastPadding;
/** Milliseconds since the last fit began. */
export const sinceFit = () => performance.now() - fittedAt;
