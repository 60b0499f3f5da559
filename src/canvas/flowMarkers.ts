// How the moving markers on a cable look: a picture of the traffic, not a measurement (the figures
// are in the labels and the side panel), so values are coarse steps that change rarely: a CSS
// animation restarts its cycle when its duration changes.

/** Length of one marker plus its gap along the cable, in px: the dash pattern's period. */
export const MARKER_SPACING = 24;

/**
 * Markers passing a point per second for a throughput in MB/s: a cube-root-ish law, so that 1 MB/s
 * and 1 GB/s are both visible and distinct (0.5/s and 4/s; 10 MB/s gives 1/s), in half-octave steps; 0 when idle.
 */
export function markerRate(throughputMBps: number): number {
  if (!(throughputMBps > 0.05)) return 0;
  const rate = 0.5 * throughputMBps ** 0.3;
  const stepped = 2 ** (Math.round(Math.log2(rate) * 2) / 2);
  return Math.min(8, Math.max(0.25, stepped));
}

/** Seconds for the dash pattern to move by one period: markers per second = 1 / period. */
export function markerPeriod(rate: number): number {
  return rate > 0 ? Number((1 / rate).toFixed(3)) : 0;
}

/** Stroke width of a cable carrying this utilization, in px: 3 idle (as drawn when not running) to 10 saturated. */
export function loadWidth(utilization: number): number {
  const u = Math.min(1, Math.max(0, utilization));
  return Math.round((3 + 7 * u) * 2) / 2;
}

/** Utilization rounded to the percent: what the diagram shows, so it re-renders only when that changes. */
export function roundUtilization(utilization: number | undefined): number | undefined {
  if (utilization === undefined) return undefined;
  // A trickle stays above zero so it reads "<1 %", not idle.
  return utilization > 0 && utilization < 0.005 ? 0.001 : Math.round(utilization * 100) / 100;
}

/** Percentage points a drawn load (a cable's stroke, a bar's fill) must move by before it is redrawn. */
export const DRAWN_STEP = 5;

/**
 * A cable's stroke narrower than a pixel on screen even at full load (a fitted 1,000-server design,
 * zoom ~0.03) shows its colour faintly and its width not at all: it changes only between quarters
 * (HAIRLINE_STEP). Such a design's cables cross most of the diagram, and each new stroke made the
 * browser repaint its whole box, with every other cable in it.
 */
export const HAIRLINE_STEP = 25;

/** The step of a cable's drawn load at this zoom: DRAWN_STEP, or HAIRLINE_STEP under a pixel wide. */
export function strokeStep(zoom: number): number {
  return loadWidth(1) * zoom < 1 ? HAIRLINE_STEP : DRAWN_STEP;
}

/**
 * The utilization a cable's stroke (colour and width) or a tile's bar shows, in whole percents,
 * given the one it shows now (`drawn`; undefined before the first). A step of 5 points, kept until
 * the load moves a whole step away: a run's figures jitter by a point or two at every frame, and
 * each new stroke made the browser repaint every cable the line's box crossed (dashed paths, in
 * software: most of a big rack's frame), each new fill the tiles around it. The figures (on the
 * cable, in the tooltip and the accessible name) still give the exact percent.
 */
export function steppedPercent(drawn: number | undefined, utilization: number, step = DRAWN_STEP): number {
  const percent = Math.round(Math.min(1, Math.max(0, utilization)) * 100);
  if (drawn !== undefined && Math.abs(percent - drawn) < step) return drawn;
  return Math.round(percent / step) * step;
}
