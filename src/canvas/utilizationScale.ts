// Utilization as colour. Viridis (matplotlib's default colour map, van der Walt and Smith 2015) is
// perceptually uniform, keeps its order in greyscale and reads the same with the common colour-vision
// deficiencies, so a busy adapter stands out for everyone and on a black-and-white printout.

/** Viridis sampled at 0, 1/8, ..., 1 (matplotlib `_viridis_data`). */
const VIRIDIS: readonly (readonly [number, number, number])[] = [
  [0x44, 0x01, 0x54], [0x47, 0x2d, 0x7b], [0x3b, 0x52, 0x8b], [0x2c, 0x72, 0x8e], [0x21, 0x91, 0x8c],
  [0x28, 0xae, 0x80], [0x5e, 0xc9, 0x62], [0xad, 0xdc, 0x30], [0xfd, 0xe7, 0x25],
];

/** The stops the legend draws, from idle to saturated. */
export const SCALE_STOPS = VIRIDIS.map((_, i) => i / (VIRIDIS.length - 1));

const clamp01 = (u: number) => (Number.isFinite(u) ? Math.min(1, Math.max(0, u)) : 0);
const hex = (channel: number) => Math.round(channel).toString(16).padStart(2, '0');

/** The colour of a utilization (a fraction 0..1, clamped), as `#rrggbb`. */
export function utilizationColour(utilization: number): string {
  const position = clamp01(utilization) * (VIRIDIS.length - 1);
  const low = Math.min(Math.floor(position), VIRIDIS.length - 2);
  const t = position - low;
  const a = VIRIDIS[low]!;
  const b = VIRIDIS[low + 1]!;
  return `#${[0, 1, 2].map((c) => hex(a[c]! + (b[c]! - a[c]!) * t)).join('')}`;
}

/** WCAG relative luminance of `#rrggbb`. */
export function relativeLuminance(colour: string): number {
  const channels = [1, 3, 5].map((i) => Number.parseInt(colour.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Black or white text on a colour of the scale, whichever contrasts more. */
export function textOn(colour: string): '#000000' | '#ffffff' {
  const l = relativeLuminance(colour);
  // Contrast with black is (l + 0.05) / 0.05, with white 1.05 / (l + 0.05): equal at l ≈ 0.179.
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#000000' : '#ffffff';
}

/** "37 %": whole percents, and "<1 %" for a trickle, so a busy element never reads as idle. */
export function formatUtilization(utilization: number): string {
  const u = clamp01(utilization);
  if (u > 0 && u < 0.005) return '<1 %';
  return `${Math.round(u * 100)} %`;
}
