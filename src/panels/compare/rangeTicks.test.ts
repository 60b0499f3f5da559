import { describe, expect, it } from 'vitest';
import { rangeTicks } from './rangeTicks.ts';

describe('ticks of a range', () => {
  it('are round steps (1-2-5) around the figures, not from 0', () => {
    expect(rangeTicks(1.62, 2.31)).toEqual({ domain: [1.6, 2.4], ticks: [1.6, 1.8, 2, 2.2, 2.4] });
    expect(rangeTicks(0.41, 0.52)).toEqual({ domain: [0.4, 0.55], ticks: [0.4, 0.45, 0.5, 0.55] });
    expect(rangeTicks(3, 48).ticks).toEqual([0, 20, 40, 60]);
  });

  it('fall back to ticks from 0 for an empty or broken range', () => {
    expect(rangeTicks(2, 2)).toEqual({ domain: [0, 2], ticks: [0, 0.5, 1, 1.5, 2] });
    expect(rangeTicks(Number.NaN, 1).ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });
});
