import { formatUtilization, textOn, UTILIZATION_STOPS, utilizationColour } from '../diagram/utilizationScale.ts';

// The utilization scale (src/diagram/utilizationScale.ts) as CSS: each colour is written as
// light-dark(light ramp, dark ramp), so the browser follows the theme (theme.css sets
// color-scheme) with no re-render of the diagram when it changes.

export { formatUtilization };

/** Fill and text colours of a utilization, following the theme. */
export function utilizationPaint(utilization: number): { colour: string; text: string } {
  const light = utilizationColour(utilization, 'light');
  const dark = utilizationColour(utilization, 'dark');
  return { colour: `light-dark(${light}, ${dark})`, text: `light-dark(${textOn(light)}, ${textOn(dark)})` };
}

/**
 * The legend's bar: the scale's stops at their places from 0 to 100 %, mixed in linear light as the
 * diagram's colours are.
 */
export const UTILIZATION_GRADIENT = `linear-gradient(in srgb-linear to right, ${[0, ...UTILIZATION_STOPS, 1]
  .map((u) => `${utilizationPaint(u).colour} ${u * 100}%`)
  .join(', ')})`;
