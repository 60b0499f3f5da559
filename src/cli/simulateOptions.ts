import { echoValue, LIMITS } from '../model/index.ts';
import type { SimulateOptions } from '../sim/index.ts';

type Parsed = { ok: true; options: SimulateOptions } | { ok: false; problems: { path: string; message: string }[] };

/** --seed, --duration and --warmup as numbers within the document's own bounds. */
export function parseSimulateOptions(options: Record<string, unknown>): Parsed {
  const problems: { path: string; message: string }[] = [];
  const number = (name: string, check: (v: number) => string | undefined): number | undefined => {
    const raw = options[name];
    if (typeof raw !== 'string') return undefined;
    const value = Number(raw);
    const problem = raw.trim() === '' || !Number.isFinite(value) ? 'must be a number' : check(value);
    if (problem) problems.push({ path: `--${name}`, message: `${problem} (got ${echoValue(raw)}).` });
    return value;
  };
  const seed = number('seed', (v) => (Number.isInteger(v) && v >= 0 && v <= 0xffff_ffff ? undefined : 'must be a whole number from 0 to 4294967295'));
  const duration = number('duration', (v) => (v >= LIMITS.minDurationS && v <= LIMITS.durationS ? undefined : `must be at least ${LIMITS.minDurationS} and at most ${LIMITS.durationS} seconds`));
  const warmup = number('warmup', (v) => (v >= 0 ? undefined : 'must be 0 or more seconds'));
  if (problems.length > 0) return { ok: false, problems };
  const chosen: SimulateOptions = {};
  if (seed !== undefined) chosen.seed = seed;
  if (duration !== undefined) chosen.duration = duration;
  if (warmup !== undefined) chosen.warmup = warmup;
  return { ok: true, options: chosen };
}
