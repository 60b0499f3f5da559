import { fingerprint } from '../model/index.ts';
import type { SimulationResult } from './result.ts';

const PERCENTILE_KEYS = new Set(['p50', 'p95', 'p99']);

/**
 * A short fingerprint of a result, to compare runs across engines: every number, in order. The
 * percentiles come from a sketch whose index uses Math.log2, whose last bit differs between
 * JavaScript engines (SIMULATION.md allows exactly this), so they enter rounded to 10 digits.
 */
export function hashResult(result: SimulationResult): string {
  const text = JSON.stringify(result, (key, value: unknown) =>
    PERCENTILE_KEYS.has(key) && typeof value === 'number' ? Number(value.toPrecision(10)) : value);
  return fingerprint(text);
}
