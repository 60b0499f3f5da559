import { formatUtilization, textOn, UTILIZATION_STOPS, utilizationColour } from '../diagram/utilizationScale.ts';

// The utilization scale (src/diagram/utilizationScale.ts) as CSS: each colour is written as
// light-dark(light ramp, dark ramp), so the browser follows the theme (theme.css sets
// color-scheme) with no re-render of the diagram when it changes.

export { formatUtilization };

type Paint = { colour: string; text: string };
/**
 * Paints already mixed, by utilization: the live layer asks for hundreds a frame, and the figures
 * it shows are whole percents (roundUtilization), so the cache stays small.
 */
const paints = new Map<number, Paint>();
const PAINTS_KEPT = 512;

/** Fill and text colours of a utilization, following the theme. */
export function utilizationPaint(utilization: number): Paint {
  const known = paints.get(utilization);
  if (known) return known;
  const light = utilizationColour(utilization, 'light');
  const dark = utilizationColour(utilization, 'dark');
  const paint = { colour: `light-dark(${light}, ${dark})`, text: `light-dark(${textOn(light)}, ${textOn(dark)})` };
  if (paints.size >= PAINTS_KEPT) paints.clear();
  paints.set(utilization, paint);
  return paint;
}

/**
 * The legend's bar: the scale's stops at their places from 0 to 100 %, mixed in linear light as the
 * diagram's colours are.
 */
export const UTILIZATION_GRADIENT = `linear-gradient(in srgb-linear to right, ${[0, ...UTILIZATION_STOPS, 1]
  .map((u) => `${utilizationPaint(u).colour} ${u * 100}%`)
  .join(', ')})`;
