// The page's side of RunMany (sim/runMany.ts): runs spread over batch workers, a few at once.
import type { RunMany, SimulationResult } from '../sim/index.ts';
import type { BatchJob, BatchRunner } from './batchClient.ts';

/** Workers at once: the cores the browser reports, less one for the page, at most 4. */
export const pageWorkers = () => Math.max(1, Math.min(4, (globalThis.navigator?.hardwareConcurrency ?? 2) - 1));

export type CancellableRunMany = { runMany: RunMany; cancel(): void };

/**
 * Each run is a 'simulate' job in its own worker; `workers` of them go at once, each taking the next
 * run as it finishes. Cancel terminates the workers of the runs under way; the sweep's promise then fails.
 */
export function createWorkerRunMany(runner: BatchRunner, workers = pageWorkers()): CancellableRunMany {
  const live = new Set<BatchJob>();
  const state = { cancelled: false };
  const runMany: RunMany = async (requests) => {
    const results: SimulationResult[] = [];
    let next = 0;
    await Promise.all(Array.from({ length: Math.min(workers, requests.length) }, async () => {
      while (next < requests.length && !state.cancelled) {
        const index = next++;
        const { topology, options } = requests[index]!;
        const job = runner({ type: 'simulate', topology, ...(options.seed === undefined ? {} : { seed: options.seed }), ...(options.duration === undefined ? {} : { duration: options.duration }) }, () => {});
        live.add(job);
        const outcome = await job.outcome;
        live.delete(job);
        if (outcome.type !== 'simulated') throw new Error(outcome.type === 'error' ? outcome.message : 'The run was cancelled.');
        results[index] = outcome.result;
      }
    }));
    if (state.cancelled) throw new Error('The run was cancelled.');
    return results;
  };
  return { runMany, cancel: () => { state.cancelled = true; for (const job of live) job.cancel(); live.clear(); } };
}
