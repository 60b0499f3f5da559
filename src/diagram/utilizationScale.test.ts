import { readFileSync } from 'node:fs';
import { converter, differenceCiede2000, wcagContrast, type Color } from 'culori';
import { describe, expect, it } from 'vitest';
import {
  contrastRatio, formatUtilization, relativeLuminance, textOn, UTILIZATION_RAMPS, UTILIZATION_STOPS, utilizationColour, type Theme,
} from './utilizationScale.ts';

// The scale's promises, computed with an independent colour library (culori): CIEDE2000 between
// neighbouring stops as seen with normal vision and as simulated for deuteranopia and protanopia,
// and WCAG contrast against the fills the colours are drawn on, in both themes.

const lrgb = converter('lrgb');
const deltaE = differenceCiede2000();

/**
 * Machado, Oliveira and Fernandes 2009, "A Physiologically-based Model for Simulation of Color
 * Vision Deficiency", severity 1.0, applied to linear RGB (as the paper defines them).
 */
const MACHADO: Record<'deutan' | 'protan', readonly number[]> = {
  deutan: [0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413, -0.01182, 0.04294, 0.968881],
  protan: [0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216, -0.003882, -0.048116, 1.051998],
};
const clamp = (v: number) => Math.min(1, Math.max(0, v));
function simulate(colour: string, m: readonly number[]): Color {
  const { r, g, b } = lrgb(colour)!;
  return { mode: 'lrgb', r: clamp(m[0]! * r + m[1]! * g + m[2]! * b), g: clamp(m[3]! * r + m[4]! * g + m[5]! * b), b: clamp(m[6]! * r + m[7]! * g + m[8]! * b) };
}
const VISIONS = {
  normal: { see: (c: string): Color | string => c, least: 10 },
  deuteranopia: { see: (c: string) => simulate(c, MACHADO.deutan), least: 6 },
  protanopia: { see: (c: string) => simulate(c, MACHADO.protan), least: 6 },
};

/** The fills the scale is drawn on, read from theme.css so that a change there is checked here. */
function themeFill(name: string): Record<Theme, string> {
  const css = readFileSync(new URL('../theme.css', import.meta.url), 'utf8');
  const match = new RegExp(String.raw`--${name}:\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)`, 'i').exec(css);
  if (!match) throw new Error(`--${name} not found in theme.css`);
  return { light: match[1]!, dark: match[2]! };
}
// A node (surface), the slot row an adapter's chip sits in (surface-2), and the canvas under a cable.
const FILLS = ['surface', 'surface-2', 'canvas-bg'].map((name) => [name, themeFill(name)] as const);
const THEMES: Theme[] = ['light', 'dark'];
const percent = (u: number) => `${Math.round(u * 100)} %`;

describe('the utilization scale tells 1, 10, 20, 50 and 90 % apart', () => {
  for (const theme of THEMES) {
    const colours = UTILIZATION_STOPS.map((u) => utilizationColour(u, theme));
    for (const [vision, { see, least }] of Object.entries(VISIONS)) {
      it(`${theme} theme, ${vision}: ΔE2000 >= ${least} between neighbours`, () => {
        const steps = colours.slice(1).map((c, i) => deltaE(see(colours[i]!), see(c)));
        for (const [i, step] of steps.entries()) {
          expect(step, `${percent(UTILIZATION_STOPS[i]!)} to ${percent(UTILIZATION_STOPS[i + 1]!)}`).toBeGreaterThanOrEqual(least);
        }
      });
    }
    for (const [name, fill] of FILLS) {
      it(`${theme} theme: every stop contrasts >= 3:1 with --${name} (${fill[theme]})`, () => {
        for (const [i, colour] of colours.entries()) {
          expect(wcagContrast(colour, fill[theme]), percent(UTILIZATION_STOPS[i]!)).toBeGreaterThanOrEqual(3);
        }
      });
    }
  }

  it('keeps >= 3:1 all along the scale, not only at the stops', () => {
    for (const theme of THEMES) {
      for (let p = 0; p <= 100; p++) {
        const colour = utilizationColour(p / 100, theme);
        for (const [name, fill] of FILLS) expect(wcagContrast(colour, fill[theme]), `${theme} ${p} % on ${name}`).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('was not so before: viridis as it stood gave 1 % and 10 % a ΔE of 7.4 and 90 % 1.4:1 on white', () => {
    // The figures that made the ramps above necessary (the old scale, linear in utilization).
    expect(deltaE('#440557', '#462473')).toBeLessThan(10);
    expect(wcagContrast('#bdde2e', '#ffffff')).toBeLessThan(3);
  });
});

describe('utilizationColour', () => {
  it('is each theme ramp\'s colour at each stop', () => {
    expect(UTILIZATION_STOPS.map((u) => utilizationColour(u, 'light'))).toEqual(UTILIZATION_RAMPS.light);
    expect(UTILIZATION_STOPS.map((u) => utilizationColour(u, 'dark'))).toEqual(UTILIZATION_RAMPS.dark);
  });

  it('holds the end colours beyond the outer stops and clamps (NaN as idle)', () => {
    expect(utilizationColour(0, 'light')).toBe('#239a88');
    expect(utilizationColour(-0.3, 'dark')).toBe('#27808d');
    expect(utilizationColour(Number.NaN, 'dark')).toBe('#27808d');
    expect(utilizationColour(0.95, 'light')).toBe('#440154');
    expect(utilizationColour(7, 'dark')).toBe('#fde725');
  });

  it('mixes neighbouring stops in linear light', () => {
    // Half way from 20 % to 50 % in the dark theme: each channel the mean of the two in linear light.
    const mid = utilizationColour(0.35, 'dark');
    expect(mid).toBe('#73c95d');
    expect(relativeLuminance(mid)).toBeCloseTo((relativeLuminance('#44bc70') + relativeLuminance('#91d542')) / 2, 2);
  });

  it('stands out more from its background as utilization grows: darker in light, lighter in dark', () => {
    const light = Array.from({ length: 101 }, (_, i) => relativeLuminance(utilizationColour(i / 100, 'light')));
    const dark = Array.from({ length: 101 }, (_, i) => relativeLuminance(utilizationColour(i / 100, 'dark')));
    // Never back (a percent's step can round to the same #rrggbb), and a clear step at every stop.
    for (let i = 1; i <= 100; i++) {
      expect(light[i]!).toBeLessThanOrEqual(light[i - 1]!);
      expect(dark[i]!).toBeGreaterThanOrEqual(dark[i - 1]!);
    }
    for (const [i, u] of UTILIZATION_STOPS.slice(1).entries()) {
      const [before, at] = [Math.round(UTILIZATION_STOPS[i]! * 100), Math.round(u * 100)];
      expect(light[at]!).toBeLessThan(light[before]!);
      expect(dark[at]!).toBeGreaterThan(dark[before]!);
    }
  });
});

describe('contrastRatio and textOn', () => {
  it('agree with WCAG figures', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#767676')).toBeCloseTo(wcagContrast('#ffffff', '#767676'), 2);
  });

  it('puts the more legible of black and white on every colour of both ramps, at >= 4.5:1', () => {
    expect(textOn('#440154')).toBe('#ffffff');
    expect(textOn('#fde725')).toBe('#000000');
    for (const theme of THEMES) {
      for (let p = 0; p <= 100; p++) {
        const colour = utilizationColour(p / 100, theme);
        expect(contrastRatio(colour, textOn(colour)), `${theme} ${p} %`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });
});

describe('formatUtilization', () => {
  it('writes whole percents, a trickle as <1 %', () => {
    expect(formatUtilization(0)).toBe('0 %');
    expect(formatUtilization(0.004)).toBe('<1 %');
    expect(formatUtilization(0.374)).toBe('37 %');
    expect(formatUtilization(1.2)).toBe('100 %');
  });
});
