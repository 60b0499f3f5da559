import { describe, expect, it } from 'vitest';
import { replicationSeeds } from './replications.ts';
import { replicatedFigure } from './stats/replicationInterval.ts';

describe('replications', () => {
  it('derive their seeds from the design seed alone: the first is the seed itself, the rest distinct', () => {
    const seeds = replicationSeeds(42, 5);
    expect(seeds[0]).toBe(42);
    expect(new Set(seeds).size).toBe(5);
    expect(replicationSeeds(42, 5)).toEqual(seeds);
    expect(replicationSeeds(42, 3)).toEqual(seeds.slice(0, 3));
    expect(replicationSeeds(43, 5).slice(1)).not.toEqual(seeds.slice(1));
    expect(seeds.every((s) => Number.isInteger(s) && s >= 0 && s <= 0xffff_ffff)).toBe(true);
    expect(() => replicationSeeds(1, 0)).toThrow(RangeError);
  });

  it('give a figure its Student t intervals (hand-computed)', () => {
    // Values 1..5: mean 3, s² = 2.5, standard error √0.5 = 0.70711.
    // t(0.995, 4) = 4.604094871 and t(0.99, 4) = 3.746947388 (Student t tables, e.g. NIST/SEMATECH e-Handbook 1.3.6.7.2).
    const figure = replicatedFigure([1, 2, 3, 4, 5]);
    expect(figure.mean).toBe(3);
    expect(figure.ci99[0]).toBeCloseTo(3 - 4.604094871 * Math.SQRT1_2, 6);
    expect(figure.ci99[1]).toBeCloseTo(3 + 4.604094871 * Math.SQRT1_2, 6);
    expect(figure.upper99).toBeCloseTo(3 + 3.746947388 * Math.SQRT1_2, 6);
    expect(figure.replications).toBe(5);
  });

  it('have no spread to speak of with equal values or one replication', () => {
    expect(replicatedFigure([2, 2, 2])).toEqual({ mean: 2, ci99: [2, 2], upper99: 2, replications: 3 });
    expect(replicatedFigure([7])).toEqual({ mean: 7, ci99: [7, 7], upper99: 7, replications: 1 });
  });
});
