// Utilization as colour, for the canvas, image export and the command line alike. Pure: no DOM.
//
// The scale has to tell 1, 10, 20, 50 and 90 % apart at a glance (CIEDE2000 ΔE >= 10 between
// neighbours, >= 6 for a deuteranope or a protanope) and every colour has to stand out from the
// node it sits on (contrast >= 3:1, WCAG). No single ramp does both on a white and on a near-black
// node: a light background needs colours darker than L* 58, a dark one lighter than L* 47. So each
// theme has its own ramp, both cut from viridis (perceptually uniform, ordered in lightness, read
// the same with the common colour-vision deficiencies), each running from its background's side
// towards the far end: a busier element always stands out more. utilizationScale.test.ts computes
// every figure above.

export type Theme = 'light' | 'dark';

/** The utilizations the scale must tell apart; each is a stop of the ramps below. */
export const UTILIZATION_STOPS: readonly number[] = [0.01, 0.1, 0.2, 0.5, 0.9];

/**
 * One colour per stop, as `#rrggbb`. Light: viridis at 0.54, 0.42, 0.29, 0.145 and 0 (teal-green
 * to deep purple, darkening); dark: viridis at 0.43, 0.56, 0.69, 0.83 and 1 (blue-teal to yellow,
 * lightening). Viridis from matplotlib (van der Walt and Smith 2015), its nine-stop approximation.
 */
export const UTILIZATION_RAMPS: Readonly<Record<Theme, readonly string[]>> = {
  light: ['#239a88', '#287d8d', '#365c8c', '#45337e', '#440154'],
  dark: ['#27808d', '#249f86', '#44bc70', '#91d542', '#fde725'],
};

const clamp01 = (u: number) => (Number.isFinite(u) ? Math.min(1, Math.max(0, u)) : 0);

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const toGamma = (c: number) => (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);

/** `#rrggbb` as linear-light RGB, each 0..1. */
export function linearRgb(colour: string): [number, number, number] {
  return [1, 3, 5].map((i) => toLinear(Number.parseInt(colour.slice(i, i + 2), 16) / 255)) as [number, number, number];
}

function toHex(linear: readonly number[]): string {
  return `#${linear.map((c) => Math.round(toGamma(clamp01(c)) * 255).toString(16).padStart(2, '0')).join('')}`;
}

/**
 * The colour of a utilization (a fraction 0..1, clamped; NaN as idle) in a theme, as `#rrggbb`.
 * Below the first stop it is the first colour, above the last the last. Between stops it is mixed
 * in linear light, so its luminance lies between theirs: what holds for contrast at the stops
 * holds all along the scale.
 */
export function utilizationColour(utilization: number, theme: Theme): string {
  const u = clamp01(utilization);
  const ramp = UTILIZATION_RAMPS[theme];
  const upper = UTILIZATION_STOPS.findIndex((stop) => u <= stop);
  if (upper === 0) return ramp[0]!;
  if (upper === -1) return ramp.at(-1)!;
  const low = UTILIZATION_STOPS[upper - 1]!;
  const t = (u - low) / (UTILIZATION_STOPS[upper]! - low);
  const a = linearRgb(ramp[upper - 1]!);
  const b = linearRgb(ramp[upper]!);
  return toHex(a.map((c, i) => c + (b[i]! - c) * t));
}

/** WCAG relative luminance of `#rrggbb`. */
export function relativeLuminance(colour: string): number {
  const [r, g, b] = linearRgb(colour);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two `#rrggbb` colours, 1..21. */
export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [relativeLuminance(a), relativeLuminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Black or white text on a colour of the scale, whichever contrasts more. */
export function textOn(colour: string): '#000000' | '#ffffff' {
  return contrastRatio(colour, '#000000') >= contrastRatio(colour, '#ffffff') ? '#000000' : '#ffffff';
}

/** "37 %": whole percents, and "<1 %" for a trickle, so a busy element never reads as idle. */
export function formatUtilization(utilization: number): string {
  const u = clamp01(utilization);
  if (u > 0 && u < 0.005) return '<1 %';
  return `${Math.round(u * 100)} %`;
}
