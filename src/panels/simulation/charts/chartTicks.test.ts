import { describe, expect, it } from 'vitest';
import { axisTicks, largestValue, MAX_TICKS, timeTicks } from './chartTicks.ts';

describe('axisTicks', () => {
  it('gives round ticks from 0 to the first step at or above the largest value', () => {
    expect(axisTicks(10)).toEqual({ domain: [0, 10], ticks: [0, 2, 4, 6, 8, 10] });
    expect(axisTicks(7.3)).toEqual({ domain: [0, 8], ticks: [0, 2, 4, 6, 8] });
    expect(axisTicks(3600)).toEqual({ domain: [0, 4000], ticks: [0, 1000, 2000, 3000, 4000] });
    expect(axisTicks(0.01)).toEqual({ domain: [0, 0.01], ticks: [0, 0.002, 0.004, 0.006, 0.008, 0.01] });
  });

  it('never gives more than six ticks, whatever the data', () => {
    for (const max of [5e-324, 1e-310, 1e-300, 1e-9, 0.3, 1, 99.9, 1e6, 1e300, Number.MAX_VALUE]) {
      const { ticks, domain } = axisTicks(max);
      expect(ticks.length, String(max)).toBeLessThanOrEqual(MAX_TICKS);
      expect(ticks.length).toBeGreaterThanOrEqual(2);
      expect(domain[1]).toBeGreaterThanOrEqual(max);
    }
  });

  it('gives a plain unit axis for no data, NaN or infinity', () => {
    for (const max of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) expect(axisTicks(max)).toEqual({ domain: [0, 1], ticks: [0, 1] });
  });
});

describe('largestValue', () => {
  it('reads only finite numbers of the keys asked for', () => {
    expect(largestValue([{ a: 1, b: 7 }, { a: Number.POSITIVE_INFINITY, b: 'x' }, { a: 3 }], ['a', 'b'])).toBe(7);
    expect(largestValue([], ['a'])).toBe(0);
  });
});

describe('timeTicks', () => {
  it('ends within the duration', () => {
    expect(timeTicks(7.3)).toEqual([0, 2, 4, 6]);
    expect(timeTicks(10)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(timeTicks(5e-324)).toEqual([0, 5e-324]);
  });
});
