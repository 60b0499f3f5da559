import { fingerprint } from '../model/index.ts';
import type { SimulationResult } from './result.ts';

/**
 * A short fingerprint of a result, to compare runs across engines: every number, in order, every
 * bit. The percentiles too: their histogram indexes values by their bits, without a logarithm
 * (stats/logLinearHistogram.ts), so they are identical in every JavaScript engine.
 */
export function hashResult(result: SimulationResult): string {
  return fingerprint(JSON.stringify(result));
}
