import { LIMITS, type Fault, type OpResult, type Topology } from '../model/index.ts';

/** What the simulation controls may change in the document: the numbers depend on them, so they are saved and shared. */
export type RunSettings = { seed?: number; duration?: number };

const MAX_SEED = 0xffff_ffff;
/** The warm-up SIMULATION.md gives by default: a tenth of the duration. */
const WARMUP_SHARE = 0.1;

/**
 * The document with another seed or duration, or the reason it cannot have them. A warm-up that was
 * the default tenth stays a tenth; one that would no longer fit becomes a tenth.
 */
export function withRunSettings(topology: Topology, change: RunSettings): OpResult {
  const { settings } = topology;
  const seed = change.seed ?? settings.seed;
  const duration = change.duration ?? settings.duration;
  if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) return { ok: false, reason: `The seed must be a whole number from 0 to ${MAX_SEED}.` };
  if (!Number.isFinite(duration) || duration < LIMITS.minDurationS || duration > LIMITS.durationS) {
    return { ok: false, reason: `The duration must be at least ${LIMITS.minDurationS} s and at most ${LIMITS.durationS} s.` };
  }
  if (seed === settings.seed && duration === settings.duration) return { ok: true, topology };
  const wasDefault = Math.abs(settings.warmup - settings.duration * WARMUP_SHARE) < 1e-9;
  // Rounded so that a tenth of 1.5 s is written 0.15, not 0.15000000000000002.
  const warmup = wasDefault || settings.warmup >= duration ? Number((duration * WARMUP_SHARE).toPrecision(12)) : settings.warmup;
  return { ok: true, topology: { ...topology, settings: { ...settings, seed, duration, warmup } } };
}

/**
 * The document with a fault the worker applied live: a new fault is appended, a recovery sets
 * `until` on the open fault it ends. `index` is where the running document has it; a document edited
 * since (a race with the user) is matched by target and time instead.
 */
export function withLiveFault(topology: Topology, fault: Fault, index: number, recover: boolean): Topology {
  const faults = topology.settings.faults;
  const same = (f: Fault) => f.target === fault.target && f.at === fault.at;
  let next: Fault[];
  if (recover) {
    const at = faults[index] && same(faults[index]) ? index : faults.findLastIndex((f) => same(f) && f.until === undefined);
    if (at === -1) return topology;
    next = faults.with(at, fault);
  } else {
    next = [...faults, fault];
  }
  return { ...topology, settings: { ...topology.settings, faults: next } };
}

/** The targets down at simulated time `time` by faults of their own (a node, a link or a port). */
export function failedTargetsAt(faults: readonly Fault[], time: number): Set<string> {
  return new Set(faults.filter((f) => f.at <= time && (f.until === undefined || f.until > time)).map((f) => f.target));
}
