import { hashString } from './random.ts';
import type { SimulationResult } from './result.ts';

/** A short fingerprint of a result, to compare runs across engines: every number, in order. */
export function hashResult(result: SimulationResult): string {
  return hashString(JSON.stringify(result)).toString(16).padStart(8, '0');
}
