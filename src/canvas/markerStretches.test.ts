import { describe, expect, it } from 'vitest';
import { MarkerObstacles } from './markerObstacles.ts';
import { alongFree, freeStretches } from './markerStretches.ts';

/** A straight cable from (0, 0) to (100, 0) in 11 samples, 10 px apart. */
const line = Float64Array.from({ length: 22 }, (_, i) => (i % 2 === 0 ? (i / 2) * 10 : 0));

describe('freeStretches', () => {
  it('keeps the samples where a marker touches no box, as fractions of the length', () => {
    // A chip over the middle, 40..60 px: a 6-px marker (3 each side, 2 of clearance) is clear at 30 and 70, not at 40..60.
    const obstacles = new MarkerObstacles([{ x: 40, y: -5, width: 20, height: 10 }]);
    expect([...freeStretches(line, [0, 0, 1], obstacles, 6)]).toEqual([0, 0.1, 0.2, 0.3, 0.7, 0.8, 0.9, 1]);
  });

  it('works on screen: the viewport moves and scales the cable before the boxes are met', () => {
    const obstacles = new MarkerObstacles([{ x: 10, y: -5, width: 20, height: 10 }]);
    // At zoom 0.5 and 10 px to the right, sample i lands at 10 + 5i: up to 30 (i = 4) within 3 px of the box.
    const free = freeStretches(line, [10, 0, 0.5], obstacles, 2);
    expect(free[0]).toBe(0.5);
    expect(free).toHaveLength(6);
  });

  it('leaves none on a cable covered end to end', () => {
    expect(freeStretches(line, [0, 0, 1], new MarkerObstacles([{ x: -10, y: -10, width: 120, height: 20 }]), 4)).toHaveLength(0);
  });
});

describe('alongFree', () => {
  const free = Float64Array.from([0, 0.1, 0.2, 0.3, 0.7, 0.8, 0.9, 1]);

  it('moves smoothly between free samples next to each other', () => {
    expect(alongFree(free, 0, 0.1)).toBe(0);
    expect(alongFree(free, 1.5 / 8, 0.1)).toBeCloseTo(0.15);
  });

  it('jumps over a covered stretch rather than stopping in it', () => {
    // Half-way past the last free sample before the chip: it stays there, then goes on at 0.7.
    expect(alongFree(free, 3.5 / 8, 0.1)).toBe(0.3);
    expect(alongFree(free, 4 / 8, 0.1)).toBe(0.7);
    expect(alongFree(free, 0.999, 0.1)).toBe(1);
  });
});
