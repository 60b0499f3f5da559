import { MAX_SPEED, MIN_SPEED } from '../../worker/protocol.ts';
import { lazyNumberFormat } from '../../model/lazyIntl.ts';

/**
 * The speeds the slider stops at, 0.1x to 1000x: a 1-2-5 ladder, so each notch is a readable
 * number and four decades fit in thirteen steps (a finger can hit each on a phone).
 */
export const SPEEDS: readonly number[] = [0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];

const NUMBER = lazyNumberFormat('en-US', { maximumSignificantDigits: 3 });

/** The notch nearest a speed, on a log scale. */
export function speedIndex(speed: number): number {
  const clamped = Math.min(MAX_SPEED, Math.max(MIN_SPEED, speed));
  let best = 0;
  for (let i = 1; i < SPEEDS.length; i++) {
    if (Math.abs(Math.log(SPEEDS[i]! / clamped)) < Math.abs(Math.log(SPEEDS[best]! / clamped))) best = i;
  }
  return best;
}

/** "0.1×", "10×", "1,000×", "2.35×". */
export function formatSpeed(speed: number): string {
  return `${NUMBER.format(speed)}×`;
}

/** Behind when the engine reached less than 90 % of the asked speed (the first frames of a run read low). */
export function isBehind(asked: number, reached: number): boolean {
  return reached > 0 && reached < asked * 0.9;
}
