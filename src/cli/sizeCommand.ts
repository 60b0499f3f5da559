import type { TrafficClass } from '../model/index.ts';
import { RunLimitError, sizePools, type PoolSizing } from '../sim/index.ts';
import { EXIT, type Command } from './command.ts';
import { readDesignFile } from './readDesignFile.ts';
import { reportProblems } from './reportProblems.ts';
import { parseSimulateOptions } from './simulateOptions.ts';

export const sizeCommand: Command = {
  name: 'size',
  summary: 'Find the smallest pool that meets a p99 target',
  positionals: ['FILE'],
  options: {
    p99: { type: 'string', description: 'Target end-to-end p99 response in ms, per class (required)' },
    class: { type: 'string', description: 'storage or network (default: both)' },
    'max-utilization': { type: 'string', description: 'Utilization ceiling of the pool, 0 to 1 (default 1)' },
    'n-plus-one': { type: 'boolean', description: 'Meet the target with one adapter of the pool failed' },
    seed: { type: 'string', description: 'Seed (default: the design\'s)' },
    duration: { type: 'string', description: 'Simulated seconds per candidate (default: the design\'s)' },
    json: { type: 'boolean', description: 'Print the sizing as JSON' },
  },
  details: [
    'For each IOV switch pool of the class, the smallest number of adapters (like the pool\'s first) that',
    'keeps the worst server\'s p99 under --p99 and the pool\'s mean utilization under --max-utilization,',
    'with one adapter failed for --n-plus-one. The analytic M/M/c estimate is the first guess; the',
    'simulation decides, trying sizes down from it while the target holds and up until it does.',
    '',
    'Exit codes: 0 every pool can meet the target, 1 some pool cannot within its switch\'s slots, 2 unusable input or a run past a limit.',
  ].join('\n'),
  async run({ positionals: [file = ''], options }, terminal) {
    const json = options.json === true;
    const problems: { path: string; message: string }[] = [];
    const p99 = Number(options.p99);
    if (typeof options.p99 !== 'string' || !(p99 > 0)) problems.push({ path: '--p99', message: 'is required: a target in ms above 0, e.g. --p99 2.' });
    const maxUtilization = options['max-utilization'] === undefined ? 1 : Number(options['max-utilization']);
    if (!(maxUtilization > 0 && maxUtilization <= 1)) problems.push({ path: '--max-utilization', message: 'must be a fraction above 0 and at most 1, e.g. 0.7.' });
    const cls = options.class;
    if (cls !== undefined && cls !== 'storage' && cls !== 'network') problems.push({ path: '--class', message: 'must be storage or network.' });
    const simulateOptions = parseSimulateOptions(options);
    if (!simulateOptions.ok) problems.push(...simulateOptions.problems);
    if (problems.length > 0 || !simulateOptions.ok) return reportProblems('size', 'the options', problems, json, terminal);
    const read = await readDesignFile(file);
    if (!read.ok) return reportProblems('size', file, read.problems, json, terminal);
    const classes: TrafficClass[] = cls === 'storage' || cls === 'network' ? [cls] : ['storage', 'network'];
    let sizings: PoolSizing[];
    try {
      sizings = classes.flatMap((trafficClass) => sizePools(read.topology, {
        trafficClass, p99Ms: p99, maxUtilization, nPlusOne: options['n-plus-one'] === true, ...simulateOptions.options,
      }));
    } catch (error) {
      if (error instanceof RunLimitError || error instanceof RangeError) return reportProblems('size', file, [{ path: 'settings', message: error.message }], json, terminal);
      throw error;
    }
    if (sizings.length === 0) return reportProblems('size', file, [{ path: '(design)', message: 'The design has no IOV switch pool to size: virtualize it first (iov compare shows how).' }], json, terminal);
    if (json) terminal.out(`${JSON.stringify({ target: { p99Ms: p99, maxUtilization, nPlusOne: options['n-plus-one'] === true }, pools: sizings }, null, 2)}\n`);
    else terminal.out(sizings.map(describeSizing).join('\n'));
    return sizings.every((s) => s.chosen !== null) ? EXIT.done : EXIT.negative;
  },
};

function describeSizing(s: PoolSizing): string {
  const tried = s.candidates.map((c) => `  ${c.adapters} adapter${c.adapters === 1 ? '' : 's'}: p99 ${Number.isFinite(c.p99Ms) ? c.p99Ms.toFixed(3) : '∞'} ms, mean utilization ${(c.utilization * 100).toFixed(1)} %${c.failed > 0 ? `, ${c.failed} failed` : ''}${c.meets ? '  meets the target' : ''}`);
  const verdict = s.chosen === null
    ? `no pool of up to ${s.maxAdapters} adapters meets the target`
    : `${s.chosen} adapter${s.chosen === 1 ? '' : 's'} (now ${s.currentAdapters}${s.chosen < s.currentAdapters ? `: ${s.currentAdapters - s.chosen} fewer` : s.chosen > s.currentAdapters ? `: ${s.chosen - s.currentAdapters} more` : ''})`;
  return `${s.switchId} ${s.trafficClass} pool: ${verdict}; analytic first guess ${s.analyticGuess ?? 'none within the slots'}\n${tried.join('\n')}\n`;
}
