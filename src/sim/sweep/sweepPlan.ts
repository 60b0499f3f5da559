import type { Topology } from '../../model/index.ts';
import { replicationSeeds } from '../replications.ts';
import type { RunMany } from '../runMany.ts';
import { designAt } from './sweepDesign.ts';
import { sweepFigures, type SweepFigures } from './sweepFigures.ts';
import { gridPoints, MAX_SWEEP_RUNS, type SweepAxis, type SweepPoint } from './sweepParameters.ts';

/** One run of a sweep as its line says it: the point, which replication, its seed, its figures. */
export type SweepLine = { parameters: SweepPoint; replication: number; seed: number; figures: SweepFigures };

/** Which share of the runs this process takes: run i belongs to shard (i mod count) + 1. */
export type Shard = { index: number; count: number };

export type SweepPlan = { points: SweepPoint[]; replications: number; runs: number; shard: Shard };

export function planSweep(axes: readonly SweepAxis[], replications: number, shard: Shard = { index: 1, count: 1 }): { ok: true; plan: SweepPlan } | { ok: false; reason: string } {
  const total = axes.reduce((n, axis) => n * axis.values.length, replications);
  if (total > MAX_SWEEP_RUNS) return { ok: false, reason: `The sweep has ${total.toLocaleString('en-US')} runs, more than ${MAX_SWEEP_RUNS.toLocaleString('en-US')}: take larger steps or split it into several sweeps.` };
  if (!(Number.isInteger(shard.count) && shard.count >= 1 && Number.isInteger(shard.index) && shard.index >= 1 && shard.index <= shard.count)) {
    return { ok: false, reason: `A shard is K/N with K from 1 to N (got ${shard.index}/${shard.count}).` };
  }
  const points = gridPoints(axes);
  return { ok: true, plan: { points, replications, runs: points.length * replications, shard } };
}

/** Round robin: neighbouring runs (often the same size of design) go to different shards, which evens their work. */
export const isInShard = (run: number, shard: Shard) => run % shard.count === shard.index - 1;

/** The runs of this shard, in line order, each with its design made lazily (a million designs at once would not fit). */
function* shardRuns(file: Topology, plan: SweepPlan) {
  let run = 0;
  for (const parameters of plan.points) {
    const seeds = replicationSeeds(parameters.seed ?? file.settings.seed, plan.replications);
    for (let replication = 0; replication < plan.replications; replication++, run++) {
      if (isInShard(run, plan.shard)) yield { parameters, replication, seed: seeds[replication]! };
    }
  }
}

export const shardRunCount = (plan: SweepPlan) => Math.max(0, Math.floor((plan.runs - plan.shard.index) / plan.shard.count) + 1);

/**
 * Runs this shard's share of the sweep, `batch` runs at a time through `runMany`, and hands each line
 * over in order. A point whose design cannot be made stops the sweep with its reason (thrown as a RangeError).
 */
export async function runSweep(file: Topology, plan: SweepPlan, runMany: RunMany, onLines: (lines: SweepLine[], done: number) => void | Promise<void>, batch = 16): Promise<number> {
  const designs = new Map<string, Topology>();
  const design = (parameters: SweepPoint) => {
    const key = JSON.stringify({ ...parameters, seed: undefined });
    if (!designs.has(key)) {
      const made = designAt(file, parameters);
      if (!made.ok) throw new RangeError(made.reason);
      designs.clear(); // points come in order: only the latest design is ever asked for again
      designs.set(key, made.topology);
    }
    return designs.get(key)!;
  };
  let done = 0;
  let pending: { parameters: SweepPoint; replication: number; seed: number; topology: Topology }[] = [];
  const flush = async () => {
    const results = await runMany(pending.map((run) => ({ topology: run.topology, options: { seed: run.seed } })));
    done += pending.length;
    await onLines(pending.map((run, i) => ({ parameters: run.parameters, replication: run.replication, seed: run.seed, figures: sweepFigures(run.topology, results[i]!) })), done);
    pending = [];
  };
  for (const run of shardRuns(file, plan)) {
    pending.push({ ...run, topology: design(run.parameters) });
    if (pending.length >= batch) await flush();
  }
  if (pending.length > 0) await flush();
  return done;
}

/** A line of the file: keys in a fixed order, so that every machine writes the same bytes. */
export function formatSweepLine(line: SweepLine): string {
  return JSON.stringify({ parameters: line.parameters, replication: line.replication, seed: line.seed, figures: line.figures });
}
