import { describe, expect, it } from 'vitest';
import { EngineRate } from './engineRate.ts';

describe('EngineRate', () => {
  it('starts with one series tick, then sizes steps to the wall time asked', () => {
    const rate = new EngineRate();
    expect(rate.stepEnd(3, 100, 20)).toBe(3.01);
    rate.record(0.01, 2); // 0.005 simulated s per ms
    expect(rate.stepEnd(3, 100, 20)).toBeCloseTo(3.1, 10);
    expect(rate.stepEnd(3, 3.05, 20)).toBe(3.05);
  });

  it('grows at most 8x a step, shrinks at once', () => {
    const rate = new EngineRate();
    rate.record(1, 10); // 0.1 s/ms
    rate.record(100, 10); // claims 10 s/ms: capped at 0.8
    expect(rate.stepEnd(0, 1e9, 10)).toBeCloseTo(8, 10);
    rate.record(0.1, 10); // 0.01 s/ms
    expect(rate.stepEnd(0, 1e9, 10)).toBeCloseTo(0.1, 10);
  });

  it('never steps less than one series tick, however slow the steps looked', () => {
    const rate = new EngineRate();
    rate.record(0.01, 500);
    expect(rate.stepEnd(0, 1e9, 20)).toBe(0.01);
  });

  it('reads a step under a millisecond as a lower bound only', () => {
    const rate = new EngineRate();
    rate.record(1, 10); // 0.1 s/ms
    rate.record(0.001, 0.2); // looks like 0.001 s/ms once rounded up to 1 ms: not believed
    expect(rate.stepEnd(0, 1e9, 10)).toBeCloseTo(1, 10);
  });
});
