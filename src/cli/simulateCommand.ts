import { checkDesign, countBySeverity } from '../model/index.ts';
import { RunLimitError, simulate } from '../sim/index.ts';
import { EXIT, type Command } from './command.ts';
import { readDesignFile } from './readDesignFile.ts';
import { reportProblems } from './reportProblems.ts';
import { parseSimulateOptions } from './simulateOptions.ts';
import { formatSimulation } from './simulateReport.ts';

export const simulateCommand: Command = {
  name: 'simulate',
  summary: 'Simulate a design and report utilization, throughput and response times',
  positionals: ['FILE'],
  options: {
    seed: { type: 'string', description: 'Seed of the random streams (default: the design\'s)' },
    duration: { type: 'string', description: 'Simulated seconds (default: the design\'s)' },
    warmup: { type: 'string', description: 'Seconds discarded at the start (default: the design\'s, or 10 % of --duration)' },
    json: { type: 'boolean', description: 'Print the result as JSON (docs/cli.md)' },
    series: { type: 'boolean', description: 'With --json, include the utilization time series' },
  },
  details: [
    'Runs the seeded simulation of SIMULATION.md over FILE and prints, per adapter, utilization and',
    'throughput; per server, the p50, p95 and p99 response per class; per pool, the analytic estimate',
    'beside the simulated figure; and the failed and retried I/Os. The same file and seed always give',
    'the same numbers. A design with error findings still runs: traffic with no path counts as failed.',
    '',
    'Exit codes: 0 done, 2 the file or an option cannot be used, or the run passes a limit (events, I/Os in flight).',
  ].join('\n'),
  async run({ positionals: [file = ''], options }, terminal) {
    const json = options.json === true;
    const parsed = parseSimulateOptions(options);
    if (!parsed.ok) return reportProblems('simulate', 'the options', parsed.problems, json, terminal);
    const read = await readDesignFile(file);
    if (!read.ok) return reportProblems('simulate', file, read.problems, json, terminal);
    const { topology } = read;
    const errors = countBySeverity(checkDesign(topology)).error;
    if (errors > 0) terminal.err(`note: the design has ${errors} error finding${errors === 1 ? '' : 's'} (see iov check); traffic with no path counts as failed\n`);
    const start = performance.now();
    let result;
    try {
      result = simulate(topology, parsed.options);
    } catch (error) {
      if (error instanceof RunLimitError || error instanceof RangeError) {
        return reportProblems('simulate', file, [{ path: 'settings', message: error.message }], json, terminal);
      }
      throw error;
    }
    const wallSeconds = (performance.now() - start) / 1000;
    if (json) {
      // The series are long (up to 2,000 points per adapter and cable): only when asked for.
      const output = options.series === true ? result : { ...result, series: undefined };
      terminal.out(`${JSON.stringify(output, null, 2)}\n`);
    } else {
      terminal.out(formatSimulation(topology, result, wallSeconds, terminal));
    }
    return EXIT.done;
  },
};
