import { parseFio } from './fio.ts';
import { parseIostat } from './iostat.ts';
import type { ImportResult } from './measuredWorkload.ts';

/** Which tool wrote a text: fio's JSON opens with `{` (after its notes); anything else is read as iostat. */
export function detectMeasurement(text: string): 'fio' | 'iostat' {
  return /^\s*\{/m.test(text) && !/^\s*Device:?\s/m.test(text) ? 'fio' : 'iostat';
}

/** A pasted or dropped measurement, of either kind. `device` applies to iostat only. */
export function importMeasurement(text: string, options: { device?: string } = {}): ImportResult {
  return detectMeasurement(text) === 'fio' ? parseFio(text) : parseIostat(text, options);
}
