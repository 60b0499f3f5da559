import { indexOf, type Topology, type TrafficClass } from '../model/index.ts';
import { counterpartOf, DEFAULT_REPLICATIONS, RunLimitError, sizePools, type PoolSizing, type SizeOptions } from '../sim/index.ts';
import { EXIT, type Command } from './command.ts';
import { readDesignFile } from './readDesignFile.ts';
import { reportProblems } from './reportProblems.ts';
import { parseSimulateOptions } from './simulateOptions.ts';
import { parseRunnerOptions, RUNNER_OPTIONS } from './runnerOptions.ts';
import { describeSizing } from './sizingReport.ts';
import { createThreadPool } from './threadPool.ts';

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
    ...RUNNER_OPTIONS,
    json: { type: 'boolean', description: 'Print the sizing as JSON' },
  },
  details: [
    'For each IOV switch pool of the class, the smallest number of adapters (like the pool\'s first) that',
    'keeps the worst server\'s p99 under --p99 and the pool\'s mean utilization under --max-utilization,',
    'with one adapter failed for --n-plus-one. The analytic M/M/c estimate is the first guess; the',
    'simulation decides, trying sizes down from it while the target holds and up until it does.',
    `Each size runs --replications independent replications (default ${DEFAULT_REPLICATIONS}, seeds derived from the`,
    'seed) on --threads worker threads; it is accepted only if the one-sided upper 99 % bound of its p99',
    '(Student t, replications − 1 degrees of freedom) meets --p99. The margin is the target minus that bound.',
    'A design whose servers carry their own adapters (a classic rack) has no pool: its virtualized',
    'counterpart (iov compare) is sized instead, and the output says so.',
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
    const runner = parseRunnerOptions(options);
    if (!runner.ok) problems.push(...runner.problems);
    if (problems.length > 0 || !simulateOptions.ok || !runner.ok) return reportProblems('size', 'the options', problems, json, terminal);
    const read = await readDesignFile(file);
    if (!read.ok) return reportProblems('size', file, read.problems, json, terminal);
    const sized = designToSize(read.topology);
    if (!sized.ok) return reportProblems('size', file, [{ path: '(design)', message: sized.reason }], json, terminal);
    const classes: TrafficClass[] = cls === 'storage' || cls === 'network' ? [cls] : ['storage', 'network'];
    const target = { p99Ms: p99, maxUtilization, nPlusOne: options['n-plus-one'] === true };
    const pool = createThreadPool(runner.threads);
    const sizings: PoolSizing[] = [];
    try {
      for (const trafficClass of classes) {
        const sizeOptions: SizeOptions = { trafficClass, ...target, ...simulateOptions.options, replications: runner.replications, runMany: pool.runMany };
        sizings.push(...await sizePools(sized.topology, sizeOptions));
      }
    } catch (error) {
      if (error instanceof RunLimitError || error instanceof RangeError) return reportProblems('size', file, [{ path: 'settings', message: error.message }], json, terminal);
      throw error;
    } finally {
      await pool.close();
    }
    if (sizings.length === 0) return reportProblems('size', file, [{ path: '(design)', message: 'The design has no IOV switch pool to size and no adapters to pool: add servers with adapters or an IOV switch first.' }], json, terminal);
    const sizedDesign = sized.counterpart ? 'virtualized counterpart' : 'design';
    if (json) terminal.out(`${JSON.stringify({ sized: sizedDesign, replications: runner.replications, target, pools: sizings }, null, 2)}\n`);
    else terminal.out(`${sized.counterpart ? 'The design\'s servers carry their own adapters: sizing its virtualized counterpart (as iov compare builds it).\n' : ''}${runner.replications} replications per pool size; a size is accepted when the upper 99 % bound of its p99 meets ${p99} ms.\n\n${sizings.map(describeSizing).join('\n')}`);
    return sizings.every((s) => s.chosen !== null) ? EXIT.done : EXIT.negative;
  },
};

/** The design itself when it pools adapters in a switch; a classic rack's virtualized counterpart otherwise. */
function designToSize(topology: Topology): { ok: true; topology: Topology; counterpart: boolean } | { ok: false; reason: string } {
  const index = indexOf(topology);
  const pooled = topology.nodes.some((n) => (n.kind === 'fc-hba' || n.kind === 'eth-nic') && index.switches.some((sw) => sw.id === n.parentId));
  if (pooled) return { ok: true, topology, counterpart: false };
  const counterpart = counterpartOf(topology);
  if (!counterpart.ok) return { ok: false, reason: `The design has no IOV switch pool to size, and its virtualized counterpart cannot be built: ${counterpart.reason}` };
  return { ok: true, topology: counterpart.topology, counterpart: true };
}

