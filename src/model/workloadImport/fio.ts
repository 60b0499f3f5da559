import { echoText, echoValue } from '../echo.ts';
import type { Problem } from '../problems.ts';
import { importFailure, rangeProblems, roundMeasured, tooLong, type ImportResult } from './measuredWorkload.ts';

/** One fio job's figures, from its `read` and `write` sections. */
type FioJob = { name: string; iops: number; bytes: number; ios: number; reads: number; rateLimited: boolean };

/** The fio options that make a job ask for a rate rather than take what the storage gives. */
const RATE_OPTIONS = ['rate', 'rate_iops', 'rate_min', 'rate_iops_min'] as const;

const record = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

/**
 * A server's storage workload from `fio --output-format=json`: the jobs' IOPS added (they run side by
 * side on the server), the block size as bytes moved over I/Os done, the read share of the I/Os.
 */
export function parseFio(text: string): ImportResult {
  const long = tooLong(text);
  if (long) return importFailure([long]);
  const parsed = parseJson(text);
  if ('problem' in parsed) return importFailure([parsed.problem]);
  const root = record(parsed.value);
  const jobs = Array.isArray(root?.jobs) ? root.jobs : undefined;
  if (!root || !jobs || jobs.length === 0) return importFailure([{ path: 'jobs', message: 'is missing or empty: give the output of fio --output-format=json.' }]);
  const globalLimited = hasRate(record(root['global options']));
  const read: FioJob[] = [];
  const problems: Problem[] = [];
  jobs.forEach((job, i) => {
    const found = readJob(job, i, globalLimited);
    if ('problem' in found) problems.push(found.problem);
    else read.push(found);
  });
  if (problems.length > 0) return importFailure(problems);
  const sum = read.reduce((a, j) => ({ iops: a.iops + j.iops, bytes: a.bytes + j.bytes, ios: a.ios + j.ios, reads: a.reads + j.reads }), { iops: 0, bytes: 0, ios: 0, reads: 0 });
  if (sum.ios === 0) return importFailure([{ path: 'jobs', message: 'did no I/O (total_ios is 0 in every job).' }]);
  const workload = roundMeasured({ storageIops: sum.iops, blockKiB: sum.bytes / sum.ios / 1024, readShare: sum.reads / sum.ios });
  const range = rangeProblems(workload);
  if (range.length > 0) return importFailure(range);
  const version = typeof root['fio version'] === 'string' ? `${echoText(root['fio version'])} ` : '';
  const notes = [
    `fio ${version}JSON: ${read.length} job${read.length === 1 ? '' : 's'}${read.length > 1 ? ', their IOPS added' : ''}.`,
    ...read.slice(0, 8).map((j) => `${j.name}: ${(Math.round(j.iops * 10) / 10).toLocaleString('en-US')} IOPS, ${(j.ios > 0 ? j.bytes / j.ios / 1024 : 0).toFixed(1)} KiB, ${Math.round((j.ios > 0 ? j.reads / j.ios : 0) * 100)} % reads.`),
  ];
  const unlimited = read.filter((j) => !j.rateLimited).map((j) => j.name);
  const warnings = unlimited.length === 0 ? [] : [
    `${unlimited.slice(0, 4).join(', ')}${unlimited.length > 4 ? ', …' : ''} ran without rate or rate_iops: fio measured what the storage delivered, not what the server asks for. Set rate_iops to the application's rate, or treat the figure as a ceiling.`,
  ];
  return { ok: true, kind: 'fio', workload, notes, warnings };
}

function hasRate(options: Record<string, unknown> | undefined): boolean {
  return options !== undefined && RATE_OPTIONS.some((name) => options[name] !== undefined && options[name] !== '' && options[name] !== '0');
}

function readJob(value: unknown, index: number, globalLimited: boolean): FioJob | { problem: Problem } {
  const job = record(value);
  const path = `jobs[${index}]`;
  if (!job) return { problem: { path, message: 'is not an object.' } };
  const name = typeof job.jobname === 'string' ? echoText(job.jobname) : `job ${index + 1}`;
  const directions: { iops: number; bytes: number; ios: number }[] = [];
  for (const direction of ['read', 'write'] as const) {
    const section = record(job[direction]);
    const figures = { iops: section?.iops, bytes: section?.io_bytes, ios: section?.total_ios };
    const bad = Object.entries(figures).find(([, v]) => typeof v !== 'number' || !Number.isFinite(v) || v < 0);
    if (bad) return { problem: { path: `${path}.${direction}`, message: `lacks a number for ${bad[0] === 'bytes' ? 'io_bytes' : bad[0] === 'ios' ? 'total_ios' : 'iops'} (got ${echoValue(bad[1])}): is it fio JSON output?` } };
    directions.push(figures as { iops: number; bytes: number; ios: number });
  }
  const [r, w] = directions as [typeof directions[0], typeof directions[0]];
  return { name, iops: r.iops + w.iops, bytes: r.bytes + w.bytes, ios: r.ios + w.ios, reads: r.ios, rateLimited: globalLimited || hasRate(record(job['job options'])) };
}

/**
 * JSON.parse with a syntax error named by its line. fio prints notes ("note: both iodepth >= 1 …")
 * before its JSON; the text from the first line opening with `{` is read.
 */
function parseJson(text: string): { value: unknown } | { problem: Problem } {
  const start = /^\{/m.exec(text)?.index;
  if (start === undefined) return { problem: { path: 'input', message: 'holds no JSON object: give the output of fio --output-format=json.' } };
  const skipped = text.slice(0, start).split('\n').length - 1;
  try {
    return { value: JSON.parse(text.slice(start)) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /at position (\d+)/.exec(message);
    const stated = /line (\d+) column/.exec(message);
    const line = at ? skipped + text.slice(start, start + Number(at[1])).split('\n').length : stated ? skipped + Number(stated[1]) : undefined;
    return { problem: { path: line === undefined ? 'input' : `line ${line}`, message: `the fio JSON is malformed (${echoText(message.replace(/,? ?"[\s\S]*" is not valid JSON$/, '').slice(0, 80))}).` } };
  }
}
