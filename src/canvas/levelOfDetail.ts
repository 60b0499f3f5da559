/**
 * Level of detail on the canvas. Zoomed out (a whole rack fitted on a projector), a node's 14 px
 * details would be drawn at 6 or 7 px: unreadable from the back of a room. Below the zoom at which
 * the details stay legible, nodes show only what must be read at a distance (their label, their
 * adapters, cable rates and utilization), drawn larger in the diagram so that they keep their size
 * on screen; the rest stays in the inspector and the elements' names.
 */

/** The smallest CSS size of text inside a node at zoom 1 (canvas.css). */
export const NODE_TEXT_PX = 14;

/**
 * The smallest text a reader should get, in screen pixels: 14 on a projector-sized window (up to
 * 1440 px wide, often shown on a wall), 9 on a large monitor read at arm's length, where an
 * architect wants every figure of a rack at once.
 */
export function smallestLegibleText(windowWidth: number): number {
  return windowWidth <= 1440 ? 14 : 9;
}

/**
 * Presenter mode, for a room: every text on the diagram at least 24 px on a 1920 px screen and
 * 18 px on a 1280 px projector (in between, in proportion).
 */
export function presenterTextPx(windowWidth: number): number {
  return Math.min(24, Math.max(18, 18 + ((windowWidth - 1280) * 6) / 640));
}

/** The smallest text on the diagram now, in screen pixels. */
export function smallestDiagramText(windowWidth: number, presenting: boolean): number {
  return presenting ? presenterTextPx(windowWidth) : smallestLegibleText(windowWidth);
}

/**
 * How much larger than its CSS size the summary's text is drawn: 1 when editing; in presenter
 * mode, enough for its 14 px text to reach the presenter's size.
 */
export function summaryTextScale(windowWidth: number, presenting: boolean): number {
  return presenting ? presenterTextPx(windowWidth) / NODE_TEXT_PX : 1;
}

export type DetailLevel = 'full' | 'summary';

export function detailLevel(zoom: number, smallestLegible: number): DetailLevel {
  return zoom * NODE_TEXT_PX >= smallestLegible - 1e-9 ? 'full' : 'summary';
}

/**
 * Below this zoom a 16 px label no longer fits a node in a word or two (a server is 200 canvas px
 * wide: at 0.35 its label is 46 canvas px high, "Backup" about 180 px wide). The fitted 8-server
 * rack at 1280x720 is at 0.39. Further out, on a phone showing a whole rack, text shrinks with the
 * diagram again until the reader zooms in.
 */
export const SMALLEST_SUMMARY_ZOOM = 0.35;

/**
 * The zoom the summary's text sizes are divided by: rounded down to a twentieth, so the text is never
 * drawn smaller than asked, and the nodes are laid out again only at each twentieth while zooming,
 * not at every frame of it.
 */
export function summaryZoom(zoom: number): number {
  return Math.max(SMALLEST_SUMMARY_ZOOM, Math.floor(zoom * 20 + 1e-9) / 20);
}

/**
 * The zoom cables' dashes are drawn for (levelOfDetail.css keeps their length on screen), in
 * quarter-octave steps rounded down: a zoom restyles the cables a few times, not at every frame,
 * and a dash is never drawn shorter than asked. Not bounded like summaryZoom: a fitted 1,000-server
 * design at 0.05 would otherwise be dashed in one-pixel pieces.
 */
export function dashZoom(zoom: number): number {
  if (!(zoom > 0)) return 1;
  return 2 ** (Math.floor(Math.log2(zoom) * 4 + 1e-9) / 4);
}
