import { describe, expect, it } from 'vitest';
import { formatSpeed, isBehind, speedIndex, SPEEDS } from './speedScale.ts';

describe('speed scale', () => {
  it('spans 0.1x to 1000x on a 1-2-5 ladder', () => {
    expect(SPEEDS[0]).toBe(0.1);
    expect(SPEEDS.at(-1)).toBe(1000);
    expect(SPEEDS[speedIndex(1)]).toBe(1);
  });

  it('finds the nearest notch on a log scale, clamping outside the range', () => {
    expect(SPEEDS[speedIndex(3)]).toBe(2);
    expect(SPEEDS[speedIndex(3.5)]).toBe(5);
    expect(speedIndex(0.001)).toBe(0);
    expect(speedIndex(1e6)).toBe(SPEEDS.length - 1);
  });

  it('writes speeds as people read them', () => {
    expect(formatSpeed(0.1)).toBe('0.1×');
    expect(formatSpeed(1000)).toBe('1,000×');
    expect(formatSpeed(2.3456)).toBe('2.35×');
  });

  it('says behind only below 90 % of the asked speed, and not before any frame', () => {
    expect(isBehind(100, 95)).toBe(false);
    expect(isBehind(100, 80)).toBe(true);
    expect(isBehind(100, 0)).toBe(false);
  });
});
