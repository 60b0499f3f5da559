import { describe, expect, it } from 'vitest';
import { fakeFrame } from './fakeSimulationClient.ts';
import { FrameBlender } from './frameBlender.ts';

describe('FrameBlender', () => {
  it('blends utilization and throughput over the frames\' spans, and keeps the latest queues', () => {
    const blender = new FrameBlender();
    blender.add(fakeFrame(0.1, [0.2], [0.4], [3], [10, 20]));
    blender.add(fakeFrame(0.4, [0.6], [0], [1], [30, 0]));
    const frame = blender.take()!;
    // Spans 0.1 s and 0.3 s.
    expect(frame.adapterUtilization[0]).toBeCloseTo(0.5, 12);
    expect(frame.linkUtilization[0]).toBeCloseTo(0.1, 12);
    expect([...frame.classThroughput].map((v) => Number(v.toFixed(9)))).toEqual([25, 5]);
    expect([...frame.adapterQueued]).toEqual([1]);
    expect(frame.time).toBe(0.4);
    expect(blender.take()).toBeNull();
  });

  it('starts each blend afresh after a take, and weighs from the last frame taken', () => {
    const blender = new FrameBlender();
    blender.add(fakeFrame(1, [1]));
    blender.take();
    blender.add(fakeFrame(1.5, [0.2]));
    blender.add(fakeFrame(2, [0.4]));
    expect(blender.take()!.adapterUtilization[0]).toBeCloseTo(0.3, 12);
  });

  it('lets a replayed frame (no time passing) replace what is pending', () => {
    const blender = new FrameBlender();
    blender.add(fakeFrame(1, [0.5]));
    blender.add(fakeFrame(1, [0.9]));
    expect(blender.take()!.adapterUtilization[0]).toBe(0.9);
  });

  it('starts from time 0 again on reset', () => {
    const blender = new FrameBlender();
    blender.add(fakeFrame(5, [0.5]));
    blender.reset();
    blender.add(fakeFrame(0.2, [0.1]));
    blender.add(fakeFrame(0.4, [0.3]));
    expect(blender.take()!.adapterUtilization[0]).toBeCloseTo(0.2, 12);
  });
});
