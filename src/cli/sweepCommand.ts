import { open, readFile } from 'node:fs/promises';
import { echoValue } from '../model/index.ts';
import {
  mergeSweepLines, parseVary, planSweep, RunLimitError, runSweep, shardRunCount, formatSweepLine, SWEEP_PARAMETERS,
  type Shard, type SweepAxis,
} from '../sim/index.ts';
import { EXIT, type Command, type ExitCode, type Terminal } from './command.ts';
import { readDesignFile } from './readDesignFile.ts';
import { reportProblems } from './reportProblems.ts';
import { parseRunnerOptions, RUNNER_OPTIONS } from './runnerOptions.ts';
import { parseSimulateOptions } from './simulateOptions.ts';
import { createThreadPool } from './threadPool.ts';

type Problem = { path: string; message: string };

export const sweepCommand: Command = {
  name: 'sweep',
  summary: 'Run a grid of parameters in replications, one JSON line per run (or merge shards)',
  positionals: ['FILE'],
  variadic: true,
  options: {
    vary: { type: 'string', multiple: true, description: `NAME=FROM..TO[:STEP] or NAME=A,B,C, again for each parameter (${SWEEP_PARAMETERS.join(', ')})` },
    ...RUNNER_OPTIONS,
    shard: { type: 'string', description: 'K/N: run only the K-th of N shares of the runs (K from 1 to N)' },
    out: { type: 'string', description: 'Write the lines to this file (default: standard output)' },
    duration: { type: 'string', description: 'Simulated seconds per run (default: the design\'s)' },
    warmup: { type: 'string', description: 'Warm-up seconds left out of each run\'s figures (default: the design\'s)' },
  },
  details: [
    'iov sweep FILE --vary load=0.5..1.5:0.25 --vary hba=1..4 --replications 5 --out sweep.jsonl',
    'iov sweep merge PART... --out FILE',
    '',
    'Runs every point of the grid (each --vary a parameter) in --replications replications, their seeds',
    'derived from the design\'s seed (or the point\'s seed), and writes one JSON line per run: parameters,',
    'replication, seed and figures, never a time or a host, so any machine writes the same bytes.',
    'load multiplies every server\'s storage IOPS and network rate; hba and nic set the pool of that class',
    'in every IOV switch; servers builds the scale design of that many servers (16 to an IOV switch,',
    'presets cycling) with the file\'s settings and prices; seed sets the seed the replications derive from.',
    '--shard K/N runs every N-th run from the K-th; `iov sweep merge` sorts the parts\' lines by',
    '(parameters, replication): the merged file is identical, byte for byte, to the single run\'s.',
    'Progress goes to standard error. docs/sweeps.md shows Kubernetes, Slurm and GNU parallel.',
    '',
    'Exit codes: 0 done, 2 unusable input or options, a point whose design cannot be made, or a run past a limit.',
  ].join('\n'),
  run({ positionals, options }, terminal) {
    if (positionals[0] === 'merge') return merge(positionals.slice(1), options, terminal);
    if (positionals.length > 1) return reportProblems('sweep', 'the arguments', [{ path: echoValue(positionals[1]), message: 'one design FILE only (or `iov sweep merge PART...`).' }], false, terminal);
    return sweep(positionals[0] ?? '', options, terminal);
  },
};

function parseShard(raw: unknown, problems: Problem[]): Shard {
  if (typeof raw !== 'string') return { index: 1, count: 1 };
  const match = /^(\d+)\/(\d+)$/.exec(raw.trim());
  const shard = { index: Number(match?.[1]), count: Number(match?.[2]) };
  if (!match || shard.index < 1 || shard.index > shard.count) problems.push({ path: '--shard', message: `must be K/N with K from 1 to N, e.g. 2/8 (got ${echoValue(raw)}).` });
  return shard;
}

function parseAxes(raw: unknown, problems: Problem[]): SweepAxis[] {
  const specs = Array.isArray(raw) ? raw as string[] : [];
  if (specs.length === 0) problems.push({ path: '--vary', message: 'is required: at least one parameter to vary, e.g. --vary load=0.5..1.5:0.25.' });
  const axes: SweepAxis[] = [];
  for (const spec of specs) {
    const parsed = parseVary(spec);
    if (!parsed.ok) problems.push({ path: '--vary', message: parsed.message });
    else if (axes.some((a) => a.parameter === parsed.value.parameter)) problems.push({ path: '--vary', message: `${parsed.value.parameter} is varied twice: give its values once.` });
    else axes.push(parsed.value);
  }
  return axes;
}

async function sweep(file: string, options: Record<string, unknown>, terminal: Terminal): Promise<ExitCode> {
  const problems: Problem[] = [];
  const axes = parseAxes(options.vary, problems);
  const shard = parseShard(options.shard, problems);
  const runner = parseRunnerOptions(options);
  if (!runner.ok) problems.push(...runner.problems);
  const simulateOptions = parseSimulateOptions(options);
  if (!simulateOptions.ok) problems.push(...simulateOptions.problems);
  if (problems.length > 0 || !runner.ok || !simulateOptions.ok) return reportProblems('sweep', 'the options', problems, false, terminal);
  const planned = planSweep(axes, runner.replications, shard);
  if (!planned.ok) return reportProblems('sweep', 'the options', [{ path: '--vary', message: planned.reason }], false, terminal);
  const read = await readDesignFile(file);
  if (!read.ok) return reportProblems('sweep', file, read.problems, false, terminal);
  const { duration = read.topology.settings.duration, warmup = read.topology.settings.warmup } = simulateOptions.options;
  if (!(warmup < duration)) return reportProblems('sweep', file, [{ path: '--duration', message: `each run must last longer than its warm-up (${warmup} s): give a longer --duration or a shorter --warmup.` }], false, terminal);
  const design = { ...read.topology, settings: { ...read.topology.settings, duration, warmup } };
  const { plan } = planned;
  const total = shardRunCount(plan);
  const output = typeof options.out === 'string' ? await open(options.out, 'w') : null;
  const pool = createThreadPool(runner.threads);
  let reported = 0;
  try {
    await runSweep(design, plan, pool.runMany, async (lines, done) => {
      const text = lines.map((line) => `${formatSweepLine(line)}\n`).join('');
      if (output) await output.write(text);
      else terminal.out(text);
      // About 20 progress lines however long the sweep: enough to see it move, few enough for a log.
      if (done === total || done - reported >= total / 20) {
        reported = done;
        terminal.err(`iov sweep: ${done}/${total} runs${plan.shard.count > 1 ? ` (shard ${plan.shard.index}/${plan.shard.count})` : ''}\n`);
      }
    }, Math.max(4, 2 * pool.threads));
  } catch (error) {
    if (error instanceof RunLimitError || error instanceof RangeError) return reportProblems('sweep', file, [{ path: 'sweep', message: error.message }], false, terminal);
    throw error;
  } finally {
    await pool.close();
    await output?.close();
  }
  return EXIT.done;
}

async function merge(parts: readonly string[], options: Record<string, unknown>, terminal: Terminal): Promise<ExitCode> {
  if (parts.length === 0) return reportProblems('sweep merge', 'the arguments', [{ path: 'PART', message: 'give the files of the shards to merge, e.g. iov sweep merge part-*.jsonl --out sweep.jsonl.' }], false, terminal);
  const texts: { name: string; text: string }[] = [];
  for (const name of parts) {
    try {
      texts.push({ name, text: await readFile(name, 'utf8') });
    } catch (error) {
      return reportProblems('sweep merge', name, [{ path: name, message: error instanceof Error && 'code' in error && error.code === 'ENOENT' ? 'No such file.' : 'The file cannot be read.' }], false, terminal);
    }
  }
  const merged = mergeSweepLines(texts);
  if (!merged.ok) return reportProblems('sweep merge', 'the parts', [{ path: 'merge', message: merged.reason }], false, terminal);
  if (typeof options.out === 'string') {
    const output = await open(options.out, 'w');
    await output.write(merged.text);
    await output.close();
  } else {
    terminal.out(merged.text);
  }
  terminal.err(`iov sweep merge: ${merged.lines} lines from ${parts.length} part${parts.length === 1 ? '' : 's'}\n`);
  return EXIT.done;
}
