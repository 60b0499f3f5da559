import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LogLinearHistogram, RELATIVE_ACCURACY } from './logLinearHistogram.ts';

/** The value DDSketch's rank rule points at: the sorted values' element floor(q·(n−1)). */
const exactQuantile = (sorted: readonly number[], q: number) => sorted[Math.floor(q * (sorted.length - 1))]!;

describe('LogLinearHistogram', () => {
  it('promises 1/129 relative accuracy: 6 mantissa bits, the representative in the middle (2ab/(a+b))', () => {
    expect(RELATIVE_ACCURACY).toBeCloseTo(0.00775, 5);
    expect(RELATIVE_ACCURACY).toBeLessThan(0.01); // what docs/simulation.md states
  });

  it('gives every percentile within its relative accuracy of the exact one, over 12 orders of magnitude', () => {
    const positive = fc.double({ min: 1e-9, max: 1e3, noNaN: true, noDefaultInfinity: true });
    fc.assert(fc.property(fc.array(fc.oneof(positive, fc.constant(0)), { minLength: 1, maxLength: 300 }), fc.double({ min: 0, max: 1, noNaN: true }), (values, q) => {
      const histogram = new LogLinearHistogram();
      for (const v of values) histogram.add(v);
      const exact = exactQuantile(values.toSorted((a, b) => a - b), q);
      const got = histogram.getValueAtQuantile(q);
      if (exact === 0) expect(got).toBe(0);
      else expect(Math.abs(got - exact) / exact).toBeLessThanOrEqual(RELATIVE_ACCURACY * (1 + 1e-12));
    }), { numRuns: 400, seed: 19 });
  });

  it('answers the p50, p95 and p99 of 1..1000 ms like a sorted list does, to 0.78 %', () => {
    const histogram = new LogLinearHistogram();
    for (let ms = 1; ms <= 1000; ms++) histogram.add(ms / 1000);
    expect(histogram.count).toBe(1000);
    // Ranks 499.5, 949.05 and 989.01 point at the 500th, 950th and 990th values.
    expect(histogram.getValueAtQuantile(0.5)).toBeCloseTo(0.5, 2);
    expect(Math.abs(histogram.getValueAtQuantile(0.95) / 0.95 - 1)).toBeLessThan(RELATIVE_ACCURACY);
    expect(Math.abs(histogram.getValueAtQuantile(0.99) / 0.99 - 1)).toBeLessThan(RELATIVE_ACCURACY);
  });

  it('counts zeros (and weights) apart, and is NaN when empty or asked outside 0..1', () => {
    const histogram = new LogLinearHistogram();
    expect(histogram.getValueAtQuantile(0.5)).toBeNaN();
    histogram.add(0, 90);
    histogram.add(0.004, 10);
    expect(histogram.count).toBe(100);
    expect(histogram.getValueAtQuantile(0.5)).toBe(0);
    expect(histogram.getValueAtQuantile(0.95)).toBeCloseTo(0.004, 4);
    expect(histogram.getValueAtQuantile(1.5)).toBeNaN();
  });

  it('grows its range both ways and merges to exactly the histogram of all values', () => {
    const values = [3e-6, 2, 5e-4, 7e-9, 40, 1e-3, 1e-3];
    const all = new LogLinearHistogram();
    const first = new LogLinearHistogram();
    const second = new LogLinearHistogram();
    values.forEach((v, i) => {
      all.add(v);
      (i % 2 === 0 ? first : second).add(v);
    });
    first.merge(second);
    for (const q of [0, 0.1, 0.3, 0.5, 0.7, 0.9, 1]) expect(first.getValueAtQuantile(q)).toBe(all.getValueAtQuantile(q));
    expect(Math.abs(all.getValueAtQuantile(0) / 7e-9 - 1)).toBeLessThan(RELATIVE_ACCURACY);
    expect(Math.abs(all.getValueAtQuantile(1) / 40 - 1)).toBeLessThan(RELATIVE_ACCURACY);
  });

  it('reports the same bits for the same values whatever their order (the counts are integers)', () => {
    const values = Array.from({ length: 500 }, (_, i) => ((i * 7919) % 1000) / 997 + 1e-4);
    const forward = new LogLinearHistogram();
    const backward = new LogLinearHistogram();
    values.forEach((v) => forward.add(v));
    values.toReversed().forEach((v) => backward.add(v));
    for (const q of [0.5, 0.95, 0.99]) expect(Object.is(forward.getValueAtQuantile(q), backward.getValueAtQuantile(q))).toBe(true);
  });
});
