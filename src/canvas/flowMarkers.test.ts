import { describe, expect, it } from 'vitest';
import { HAIRLINE_STEP, loadWidth, markerPeriod, markerRate, roundUtilization, steppedPercent, strokeStep } from './flowMarkers.ts';

describe('markerRate', () => {
  it('is zero for an idle cable and grows with throughput, in half-octave steps', () => {
    expect(markerRate(0)).toBe(0);
    expect(markerRate(Number.NaN)).toBe(0);
    expect(markerRate(1)).toBe(0.5);
    expect(markerRate(10)).toBe(1);
    expect(markerRate(100)).toBe(2);
    expect(markerRate(1000)).toBe(4);
    const rates = [0.1, 1, 3, 10, 30, 100, 300, 1000, 3000].map(markerRate);
    for (let i = 1; i < rates.length; i++) expect(rates[i]!).toBeGreaterThanOrEqual(rates[i - 1]!);
  });

  it('stays between 0.25 and 8 markers a second', () => {
    expect(markerRate(0.06)).toBe(0.25);
    expect(markerRate(1e9)).toBe(8);
  });

  it('changes only at step boundaries, not with every frame', () => {
    expect(markerRate(95)).toBe(markerRate(105));
  });
});

describe('markerPeriod', () => {
  it('is one over the rate, and 0 (no animation) when idle', () => {
    expect(markerPeriod(2)).toBe(0.5);
    expect(markerPeriod(0)).toBe(0);
  });
});

describe('loadWidth', () => {
  it('runs from 3 px idle to 10 px saturated, in half pixels', () => {
    expect(loadWidth(0)).toBe(3);
    expect(loadWidth(0.5)).toBe(6.5);
    expect(loadWidth(1)).toBe(10);
    expect(loadWidth(3)).toBe(10);
  });
});

describe('roundUtilization', () => {
  it('rounds to the percent, keeping a trickle above zero', () => {
    expect(roundUtilization(undefined)).toBeUndefined();
    expect(roundUtilization(0.374)).toBe(0.37);
    expect(roundUtilization(0.001)).toBe(0.001);
    expect(roundUtilization(0)).toBe(0);
  });
});

describe('steppedPercent', () => {
  it('draws the first load in steps of 5 percent', () => {
    expect(steppedPercent(undefined, 0.53)).toBe(55);
    expect(steppedPercent(undefined, 0.52)).toBe(50);
    expect(steppedPercent(undefined, 0.001)).toBe(0);
    expect(steppedPercent(undefined, 1.2)).toBe(100);
  });

  it('keeps the drawn step while the load jitters within a step of it', () => {
    expect(steppedPercent(50, 0.54)).toBe(50);
    expect(steppedPercent(50, 0.46)).toBe(50);
    expect([0.53, 0.49, 0.51, 0.47, 0.54].reduce<number>((drawn, u) => steppedPercent(drawn, u), 50)).toBe(50);
  });

  it('moves once the load is a whole step away, to the step nearest the load', () => {
    expect(steppedPercent(50, 0.55)).toBe(55);
    expect(steppedPercent(50, 0.45)).toBe(45);
    expect(steppedPercent(50, 0.9)).toBe(90);
    expect(steppedPercent(95, 1)).toBe(100);
  });
});

describe('strokeStep', () => {
  it('moves a cable narrower than a pixel on screen only between quarters', () => {
    // The widest stroke is 10 flow px: under a pixel below zoom 0.1.
    expect([strokeStep(1), strokeStep(0.1), strokeStep(0.09), strokeStep(0.03)]).toEqual([5, 5, HAIRLINE_STEP, HAIRLINE_STEP]);
    expect([0.3, 0.45, 0.6, 0.52].reduce<number>((drawn, u) => steppedPercent(drawn, u, HAIRLINE_STEP), 25)).toBe(50);
    expect(steppedPercent(50, 0.74, HAIRLINE_STEP)).toBe(50);
    expect(steppedPercent(undefined, 0.13, HAIRLINE_STEP)).toBe(25);
  });
});
