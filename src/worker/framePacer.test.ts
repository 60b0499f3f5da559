import { describe, expect, it } from 'vitest';
import { FRAME_INTERVAL_MS, FramePacer } from './framePacer.ts';

describe('FramePacer', () => {
  it('holds frames at least 1/30 s apart', () => {
    const pacer = new FramePacer();
    expect(pacer.delayBeforeNext(0)).toBe(0);
    pacer.posted(100);
    expect(FRAME_INTERVAL_MS).toBeCloseTo(33.33, 2);
    expect(pacer.delayBeforeNext(100)).toBe(34);
    expect(pacer.delayBeforeNext(120)).toBe(14);
    expect(pacer.delayBeforeNext(200)).toBe(0);
  });
});
