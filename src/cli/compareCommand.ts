import { breakEven, compareWithCounterpart, crossoverSentences, parseServerRange, RunLimitError, type DesignSummary } from '../sim/index.ts';
import { breakEvenTable } from './breakEvenReport.ts';
import { parseRunnerOptions, RUNNER_OPTIONS } from './runnerOptions.ts';
import { createThreadPool } from './threadPool.ts';
import { EXIT, type Command } from './command.ts';
import { formatTable } from './formatTable.ts';
import { readDesignFile } from './readDesignFile.ts';
import { reportProblems } from './reportProblems.ts';
import { parseSimulateOptions } from './simulateOptions.ts';
import { paint } from './terminal.ts';

const pct = (f: number) => `${(f * 100).toFixed(1)} %`;

/** One design's row of the comparison table. */
function rows(s: DesignSummary): string[] {
  return [
    String(s.bill.adapters), String(s.bill.cables), String(s.bill.switchPortsUsed), `$${s.bill.ioPriceUsd.toLocaleString('en-US')}`,
    `${Math.round(s.bill.ioPowerW)} W`, pct(s.meanAdapterUtilization), pct(s.peakAdapterUtilization),
    `${s.p99Ms.storage.toFixed(3)} / ${s.p99Ms.network.toFixed(3)}`, String(s.failed),
  ];
}

export const compareCommand: Command = {
  name: 'compare',
  summary: 'Compare a design with its dedicated or virtualized counterpart',
  positionals: ['FILE'],
  options: {
    seed: { type: 'string', description: 'Seed for both runs (default: the design\'s)' },
    duration: { type: 'string', description: 'Simulated seconds for both runs (default: the design\'s)' },
    json: { type: 'boolean', description: 'Print both summaries and the differences as JSON' },
    servers: { type: 'string', description: 'Break-even as the rack grows: FROM..TO (the doublings, e.g. 4..256) or a list 8,16,64' },
    ...RUNNER_OPTIONS,
  },
  details: [
    'Builds the counterpart of FILE (virtualized when its servers carry their own adapters, dedicated',
    'when they share a switch), simulates both with the same workloads and seed, and lists adapters,',
    'cables, switch ports, cost and power (catalog estimates or the design\'s prices), adapter',
    'utilization, the worst server\'s p95 and p99 per class, and failed I/Os, with the differences.',
    '',
    'With --servers, also where virtualization starts to pay as the rack grows: servers are added as the',
    'scale design adds them (16 to an IOV switch, presets cycling), each virtualized pool sized by the',
    'analytic first guess; cost and power from the bill of materials (with the design\'s prices), p99',
    'simulated in --replications replications with its 99 % interval. --json adds `breakEven`: the server',
    'count from which virtualization costs less, and uses less power, or null.',
    '',
    'Exit codes: 0 done, 2 the file or an option cannot be used, the design has no counterpart, or a run passes a limit.',
  ].join('\n'),
  async run({ positionals: [file = ''], options }, terminal) {
    const json = options.json === true;
    const parsed = parseSimulateOptions(options);
    if (!parsed.ok) return reportProblems('compare', 'the options', parsed.problems, json, terminal);
    const runner = parseRunnerOptions(options);
    if (!runner.ok) return reportProblems('compare', 'the options', runner.problems, json, terminal);
    const counts = typeof options.servers === 'string' ? parseServerRange(options.servers) : null;
    if (typeof options.servers === 'string' && !counts) return reportProblems('compare', 'the options', [{ path: '--servers', message: 'must be FROM..TO (e.g. 4..256) or a list of server counts (e.g. 8,16,64), each from 1 to 1024.' }], json, terminal);
    const read = await readDesignFile(file);
    if (!read.ok) return reportProblems('compare', file, read.problems, json, terminal);
    let compared;
    let growth = null;
    const pool = createThreadPool(counts ? runner.threads : 1);
    try {
      compared = compareWithCounterpart(read.topology, parsed.options);
      if (counts && compared.ok) {
        const topology = parsed.options.seed === undefined ? read.topology : { ...read.topology, settings: { ...read.topology.settings, seed: parsed.options.seed } };
        growth = await breakEven(topology, {
          counts, replications: runner.replications, runMany: pool.runMany, ...(parsed.options.duration === undefined ? {} : { duration: parsed.options.duration }),
          onProgress: (done, total) => terminal.err(`iov compare: ${done}/${total} server counts simulated\n`),
        });
      }
    } catch (error) {
      // A run past a limit is the design's answer, said with what to change; anything else is a bug.
      if (error instanceof RunLimitError || error instanceof RangeError) return reportProblems('compare', file, [{ path: 'settings', message: error.message }], json, terminal);
      throw error;
    } finally {
      await pool.close();
    }
    if (!compared.ok) return reportProblems('compare', file, [{ path: '(design)', message: compared.reason }], json, terminal);
    const { dedicated, virtualized, differences } = compared.comparison;
    if (json) {
      const scaling = growth ? { breakEven: growth.breakEven, scaling: { rule: growth.rule, replications: growth.replications, points: growth.points } } : {};
      terminal.out(`${JSON.stringify({ dedicated, virtualized, differences, ...scaling }, null, 2)}\n`);
      return EXIT.done;
    }
    const headers = ['', 'ADAPTERS', 'CABLES', 'SWITCH PORTS', 'I/O COST', 'I/O POWER', 'MEAN UTIL.', 'PEAK UTIL.', 'P99 MS STORAGE / NETWORK', 'FAILED'];
    const table = formatTable(headers.map((header) => ({ header })), [['dedicated', ...rows(dedicated)], ['virtualized', ...rows(virtualized)]], terminal.width, (h) => paint(h, 'bold', terminal.color));
    terminal.out(`${table}\nVirtualized against dedicated:\n${differences.map((d) => `  ${d}`).join('\n')}\n\nCosts and power are the catalog's estimates unless the design sets its own prices.\n`);
    if (growth) terminal.out(`\nAs the rack grows (${growth.replications} replications per count):\n${breakEvenTable(growth, terminal.width, (h) => paint(h, 'bold', terminal.color))}\n${crossoverSentences(growth).join('\n')}\n${growth.rule}\n`);
    return EXIT.done;
  },
};
