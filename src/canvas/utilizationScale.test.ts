import { describe, expect, it } from 'vitest';
import { formatUtilization, relativeLuminance, SCALE_STOPS, textOn, utilizationColour } from './utilizationScale.ts';

describe('utilizationColour', () => {
  it('runs from viridis purple at idle to viridis yellow at saturation', () => {
    expect(utilizationColour(0)).toBe('#440154');
    expect(utilizationColour(0.5)).toBe('#21918c');
    expect(utilizationColour(1)).toBe('#fde725');
  });

  it('interpolates between stops and clamps outside 0..1 (and NaN to idle)', () => {
    expect(utilizationColour(1 / 16)).toBe('#461768');
    expect(utilizationColour(-0.3)).toBe('#440154');
    expect(utilizationColour(7)).toBe('#fde725');
    expect(utilizationColour(Number.NaN)).toBe('#440154');
  });

  it('gets lighter as utilization grows, so the order survives greyscale', () => {
    const steps = Array.from({ length: 101 }, (_, i) => relativeLuminance(utilizationColour(i / 100)));
    for (let i = 1; i < steps.length; i++) expect(steps[i]!).toBeGreaterThan(steps[i - 1]!);
  });

  it('has nine legend stops from 0 to 1', () => {
    expect(SCALE_STOPS).toHaveLength(9);
    expect(SCALE_STOPS[0]).toBe(0);
    expect(SCALE_STOPS.at(-1)).toBe(1);
  });
});

describe('textOn', () => {
  it('puts white on the dark end and black on the light end', () => {
    expect(textOn(utilizationColour(0))).toBe('#ffffff');
    expect(textOn(utilizationColour(0.3))).toBe('#ffffff');
    expect(textOn(utilizationColour(0.8))).toBe('#000000');
    expect(textOn(utilizationColour(1))).toBe('#000000');
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
