import { describe, expect, it } from 'vitest';
import { SpeedMeter } from './speedMeter.ts';

describe('SpeedMeter', () => {
  it('measures simulated seconds per wall second over the last second', () => {
    const meter = new SpeedMeter();
    meter.reset(0, 0);
    expect(meter.speed()).toBe(0);
    meter.record(500, 25);
    expect(meter.speed()).toBe(50);
    // A slower stretch: after more than a second, only it counts.
    for (let wall = 600; wall <= 3000; wall += 100) meter.record(wall, 25 + (wall - 500) / 100);
    expect(meter.speed()).toBeCloseTo(10, 10);
  });
});
