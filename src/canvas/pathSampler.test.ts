import { getBezierPath, Position } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { pointAt, sampleCubic, sampledLength } from './pathSampler.ts';

describe('sampleCubic', () => {
  it('samples a straight cubic evenly along its length', () => {
    const points = sampleCubic('M0,0 C10,0 20,0 30,0')!;
    expect(points).toHaveLength(97 * 2);
    expect(pointAt(points, 0)).toEqual([0, 0]);
    expect(pointAt(points, 0.5)[0]).toBeCloseTo(15, 1);
    expect(pointAt(points, 1)[0]).toBeCloseTo(30, 6);
  });

  it("reads React Flow's bezier edges, ends included", () => {
    const [d] = getBezierPath({ sourceX: 100, sourceY: 50, sourcePosition: Position.Bottom, targetX: 700, targetY: 400, targetPosition: Position.Top });
    const points = sampleCubic(d)!;
    expect(points).not.toBeNull();
    expect(pointAt(points, 0)).toEqual([100, 50]);
    const [x, y] = pointAt(points, 1);
    expect(x).toBeCloseTo(700, 6);
    expect(y).toBeCloseTo(400, 6);
    // Evenly by length: consecutive samples are the same distance apart, to within 2 %.
    const gaps = Array.from({ length: 96 }, (_, i) => Math.hypot(points[2 * i + 2]! - points[2 * i]!, points[2 * i + 3]! - points[2 * i + 1]!));
    expect(Math.max(...gaps) / Math.min(...gaps)).toBeLessThan(1.02);
  });

  it('leaves other paths to the browser', () => {
    expect(sampleCubic('M0,0 L10,10')).toBeNull();
    expect(sampleCubic('M0,0 Q5,5 10,10')).toBeNull();
  });
});

describe('sampledLength', () => {
  it('is the length of the path, to within its sampling', () => {
    expect(sampledLength(sampleCubic('M0,0 C10,0 20,0 30,0')!)).toBeCloseTo(30, 6);
    // A quarter-circle-like cubic from (0,0) to (100,100): longer than the chord, shorter than the two legs.
    const length = sampledLength(sampleCubic('M0,0 C55,0 100,45 100,100')!);
    expect(length).toBeGreaterThan(Math.hypot(100, 100));
    expect(length).toBeLessThan(200);
    expect(length).toBeCloseTo((Math.PI / 2) * 100, -1);
  });
});
