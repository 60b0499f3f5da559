import { DEFAULT_REPLICATIONS, MAX_REPLICATIONS } from '../sim/index.ts';
import { echoValue } from '../model/index.ts';
import type { OptionSpec } from './command.ts';
import { defaultThreads } from './threadPool.ts';

/** The options of every command that runs many simulations: how many replications, on how many threads. */
export const RUNNER_OPTIONS: Record<'replications' | 'threads', OptionSpec> = {
  replications: { type: 'string', description: `Independent replications per figure, 2 to ${MAX_REPLICATIONS} (default ${DEFAULT_REPLICATIONS})` },
  threads: { type: 'string', description: 'Worker threads to run them on (default: the cores, at most 8; 1 runs in this thread)' },
};

type Parsed = { ok: true; replications: number; threads: number } | { ok: false; problems: { path: string; message: string }[] };

export function parseRunnerOptions(options: Record<string, unknown>): Parsed {
  const problems: { path: string; message: string }[] = [];
  const whole = (name: string, low: number, high: number, fallback: number) => {
    const raw = options[name];
    if (typeof raw !== 'string') return fallback;
    const value = Number(raw);
    if (raw.trim() === '' || !Number.isInteger(value) || value < low || value > high) problems.push({ path: `--${name}`, message: `must be a whole number from ${low} to ${high} (got ${echoValue(raw)}).` });
    return value;
  };
  const replications = whole('replications', 2, MAX_REPLICATIONS, DEFAULT_REPLICATIONS);
  const threads = whole('threads', 1, 64, defaultThreads());
  return problems.length > 0 ? { ok: false, problems } : { ok: true, replications, threads };
}
