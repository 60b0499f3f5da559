// The page's side of RunMany (sim/runMany.ts): runs spread over batch workers, a few at once.
import type { RunMany, RunRequest, SimulationResult } from '../sim/index.ts';
import type { BatchJob, BatchRunner } from './batchClient.ts';

/** Workers at once for a sweep: the cores the browser reports, less one for the page, at most 4. */
export const pageWorkers = () => Math.max(1, Math.min(4, (globalThis.navigator?.hardwareConcurrency ?? 2) - 1));

/**
 * Workers at once for a sizing: every core the browser reports (the page only moves a bar while it
 * runs), at most 8. On 2 cores that is the 2 a sizing used before, one per class.
 */
export const sizingWorkers = () => Math.max(1, Math.min(8, globalThis.navigator?.hardwareConcurrency ?? 2));

export type CancellableRunMany = { runMany: RunMany; cancel(): void };

type Pending = { request: RunRequest; resolve(result: SimulationResult): void; reject(error: Error): void };

const cancelled = () => new Error('The run was cancelled.');

/**
 * One pool of `workers` slots: each run is a 'simulate' job in its own worker, and at most `workers`
 * go at once however many `runMany` calls are waiting (both classes of a sizing share it), first
 * asked, first run. Cancel terminates the workers of the runs under way and fails every call.
 */
export function createWorkerRunMany(runner: BatchRunner, workers = pageWorkers()): CancellableRunMany {
  const live = new Set<BatchJob>();
  const waiting: Pending[] = [];
  const state = { cancelled: false };

  const start = ({ request: { topology, options }, resolve, reject }: Pending) => {
    const job = runner({ type: 'simulate', topology, ...(options.seed === undefined ? {} : { seed: options.seed }), ...(options.duration === undefined ? {} : { duration: options.duration }) }, () => {});
    live.add(job);
    void job.outcome.then((outcome) => {
      live.delete(job);
      if (outcome.type === 'simulated') resolve(outcome.result);
      else reject(outcome.type === 'error' ? new Error(outcome.message) : cancelled());
      pump();
    });
  };
  const pump = () => {
    while (!state.cancelled && live.size < workers && waiting.length > 0) start(waiting.shift()!);
  };

  const runMany: RunMany = async (requests) => {
    if (state.cancelled) throw cancelled();
    const results = requests.map((request) => new Promise<SimulationResult>((resolve, reject) => waiting.push({ request, resolve, reject })));
    pump();
    return Promise.all(results);
  };
  return {
    runMany,
    cancel: () => {
      state.cancelled = true;
      for (const pending of waiting.splice(0)) pending.reject(cancelled());
      for (const job of live) job.cancel();
      live.clear();
    },
  };
}
