import { describe, expect, it } from 'vitest';
import { clampSpeed, PlaybackClock } from './playbackClock.ts';

describe('PlaybackClock', () => {
  it('moves simulated time with wall time at the speed, from its anchor', () => {
    const clock = new PlaybackClock();
    clock.anchor(1000, 2, 10);
    expect(clock.target(1000)).toBe(2);
    expect(clock.target(1500)).toBe(7);
  });

  it('keeps the speed within 0.1x..1000x, and plays an unusable one in real time', () => {
    expect([0.01, 0.1, 5, 1000, 1e6, 0, -3, Number.NaN, Infinity].map(clampSpeed)).toEqual([0.1, 0.1, 5, 1000, 1000, 1, 1, 1, 1]);
    const clock = new PlaybackClock();
    clock.anchor(0, 0, 5000);
    expect(clock.speed).toBe(1000);
  });
});
