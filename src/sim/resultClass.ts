import { DOWN, UP } from './compile.ts';
import { BATCHES, confidenceInterval } from './stats/batchMeans.ts';
import type { IoStats } from './stats/ioStats.ts';

export const MS = 1000;

export const ratio = (a: number, b: number) => (b > 0 ? a / b : 0);
/** Where a slot's batch sums start in an IoStats' batch arrays. */
export const batchOffset = (slot: number) => slot * BATCHES * 2;

/** A mean with its percentiles and the 99 % interval of the mean, ms. */
export type TimeFigures = { mean: number; p50: number; p95: number; p99: number; ci99: [number, number] };

export type ClassResult = {
  completed: number;
  failed: number;
  retried: number;
  iops: number;
  throughputMBps: number;
  waitedFraction: number;
  waitMs: { mean: number; p95: number };
  responseMs: TimeFigures;
  /** Mean end-to-end response per direction: up (reads, receives) and down (writes, transmits). */
  directions: Record<'up' | 'down', { completed: number; meanResponseMs: number }>;
};

/** Mean, percentiles (from the histogram) and interval (from the batches of `slots`) of one figure. */
export function timeFigures(sum: number, count: number, histogram: { count: number; getValueAtQuantile(q: number): number } | undefined, batches: Float64Array, slots: readonly number[]): TimeFigures {
  const quantile = (q: number) => (histogram && histogram.count > 0 ? histogram.getValueAtQuantile(q) * MS : 0);
  const [lo, hi] = confidenceInterval(batches, slots.map(batchOffset));
  return { mean: ratio(sum, count) * MS, p50: quantile(0.5), p95: quantile(0.95), p99: quantile(0.99), ci99: [lo * MS, hi * MS] };
}

export function classResult(stats: IoStats, group: number, window: number): ClassResult {
  const slots = [2 * group + UP, 2 * group + DOWN];
  const sum = (array: Float64Array) => array[slots[0]!]! + array[slots[1]!]!;
  const completed = sum(stats.completed);
  const wait = stats.waitHistograms[group]!;
  const direction = (slot: number) => ({ completed: stats.completed[slot]!, meanResponseMs: ratio(stats.sumResponse[slot]!, stats.completed[slot]!) * MS });
  return {
    completed,
    failed: sum(stats.failed),
    retried: sum(stats.retried),
    iops: completed / window,
    throughputMBps: sum(stats.bytes) / window / 1e6,
    waitedFraction: ratio(sum(stats.waited), completed),
    waitMs: { mean: ratio(sum(stats.sumWait), completed) * MS, p95: wait.count > 0 ? wait.getValueAtQuantile(0.95) * MS : 0 },
    responseMs: timeFigures(sum(stats.sumResponse), completed, stats.responseHistograms[group], stats.responseBatches, slots),
    directions: { up: direction(slots[0]!), down: direction(slots[1]!) },
  };
}

export const EMPTY_CLASS: ClassResult = {
  completed: 0, failed: 0, retried: 0, iops: 0, throughputMBps: 0, waitedFraction: 0,
  waitMs: { mean: 0, p95: 0 }, responseMs: { mean: 0, p50: 0, p95: 0, p99: 0, ci99: [0, 0] },
  directions: { up: { completed: 0, meanResponseMs: 0 }, down: { completed: 0, meanResponseMs: 0 } },
};
