import { describe, expect, it } from 'vitest';
import { LiveSeries } from './liveSeries.ts';

/** The time-weighted mean over the 7 s of the test's frames. */
const mean = (list: { time: number; u: number }[]) => list.reduce((sum, r, i) => sum + r.u * (r.time - (list[i - 1]?.time ?? 0)), 0) / 7;

describe('LiveSeries', () => {
  it('keeps one row per frame, named by the series', () => {
    const series = new LiveSeries(['hba1', 'hba2']);
    series.push(0.5, [0.2, 0.4]);
    series.push(1, new Float64Array([0.3, 0.1]));
    expect(series.rows()).toEqual([{ time: 0.5, hba1: 0.2, hba2: 0.4 }, { time: 1, hba1: 0.3, hba2: 0.1 }]);
  });

  it('replaces the last span when a frame covers it again (a live fault replayed)', () => {
    const series = new LiveSeries(['hba1']);
    series.push(1, [0.2]);
    series.push(2, [0.3]);
    series.push(2, [0.6]);
    expect(series.rows()).toEqual([{ time: 1, hba1: 0.2 }, { time: 2, hba1: 0.6 }]);
  });

  it('drops what comes after a frame from earlier in the run', () => {
    const series = new LiveSeries(['hba1']);
    for (const t of [1, 2, 3]) series.push(t, [t / 10]);
    series.push(1.5, [0.9]);
    expect(series.rows()).toEqual([{ time: 1, hba1: 0.1 }, { time: 1.5, hba1: 0.9 }]);
  });

  it('merges neighbours by their spans when full, keeping the mean over time', () => {
    const series = new LiveSeries(['u'], 4);
    // Spans 1, 1, 2, 2, 1: values weighted by them.
    const frames: [number, number][] = [[1, 0.2], [2, 0.4], [4, 0.1], [6, 0.7], [7, 1]];
    for (const [time, u] of frames) series.push(time, [u]);
    const rows = series.rows();
    expect(rows.map((r) => r.time)).toEqual([2, 6, 7]);
    expect(rows[0]!.u).toBeCloseTo(0.3, 12);
    expect(rows[1]!.u).toBeCloseTo(0.4, 12);
    expect(rows[2]!.u).toBe(1);
    // The time-weighted mean of the whole run is unchanged by merging.
    expect(mean(rows as { time: number; u: number }[])).toBeCloseTo(mean(frames.map(([time, u]) => ({ time, u }))), 12);
  });

  it('starts empty again on clear', () => {
    const series = new LiveSeries(['u']);
    series.push(1, [0.5]);
    series.clear();
    expect(series.length).toBe(0);
    expect(series.rows()).toEqual([]);
  });
});
