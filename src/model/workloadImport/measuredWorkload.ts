import { echoValue } from '../echo.ts';
import type { Problem } from '../problems.ts';
import { STORAGE_RANGES } from '../storageRanges.ts';
import type { Workload } from '../workload.ts';

/** The fields of a server's workload a measurement gives; the rest (network, arrivals) stay as they are. */
export type MeasuredWorkload = Pick<Workload, 'storageIops' | 'blockKiB' | 'readShare'>;

/** Which tool's output was read. */
export type MeasurementKind = 'iostat' | 'fio';

export type ImportResult =
  | { ok: true; kind: MeasurementKind; workload: MeasuredWorkload; notes: string[]; warnings: string[] }
  | { ok: false; problems: Problem[] };

/**
 * The longest text read, in characters: a day of `iostat -x 1` on a few devices, or a fio report of
 * hundreds of jobs, is well under it; anything larger is not a measurement of one server.
 */
export const MAX_MEASUREMENT_CHARS = 4_000_000;

/** At most this many problems are named; a garbled file would otherwise list every line. */
const MAX_IMPORT_PROBLEMS = 10;

export function importFailure(problems: readonly Problem[]): { ok: false; problems: Problem[] } {
  return { ok: false, problems: problems.slice(0, MAX_IMPORT_PROBLEMS) };
}

export function tooLong(text: string): Problem | undefined {
  if (text.length <= MAX_MEASUREMENT_CHARS) return undefined;
  return { path: 'input', message: `is ${text.length.toLocaleString('en-US')} characters; a measurement is read up to ${MAX_MEASUREMENT_CHARS.toLocaleString('en-US')}. Give the output of one server (a shorter iostat run, or fio with fewer jobs).` };
}

/** Rounded for a person to read and the document to hold: 0.1 IOPS, 0.01 KiB, 0.001 of reads. */
export function roundMeasured(workload: MeasuredWorkload): MeasuredWorkload {
  return {
    storageIops: Math.round(workload.storageIops * 10) / 10,
    blockKiB: Math.round(workload.blockKiB * 100) / 100,
    readShare: Math.round(workload.readShare * 1000) / 1000,
  };
}

const FIELD_WORDS: Readonly<Record<keyof MeasuredWorkload, string>> = {
  storageIops: 'IOPS', blockKiB: 'block size (KiB)', readShare: 'read share',
};

/**
 * The measured values checked against the workload schema's ranges (storageRanges.ts): a value out of range is a
 * problem to report, never clamped, since a clamped figure would be a workload nobody measured.
 */
export function rangeProblems(workload: MeasuredWorkload): Problem[] {
  const problems: Problem[] = [];
  for (const key of Object.keys(FIELD_WORDS) as (keyof MeasuredWorkload)[]) {
    const { min, max } = STORAGE_RANGES[key];
    const value = workload[key];
    if (Number.isFinite(value) && value >= min && value <= max) continue;
    problems.push({ path: key, message: `the measured ${FIELD_WORDS[key]} is ${echoValue(value)}, outside what a workload holds (${min} to ${max}).` });
  }
  return problems;
}
