import type { Topology } from '../model/index.ts';
import type { SimulationResult } from './result.ts';
import { simulate, type SimulateOptions } from './simulation.ts';

/** One run to its end: a design and the settings it overrides (seed, duration). */
export type RunRequest = { topology: Topology; options: SimulateOptions };

/**
 * Runs many designs to their ends and answers their results in the order asked. Sizing and sweeps
 * take it as a parameter so the engine stays pure: Node passes a pool of worker threads (cli/threadPool.ts),
 * the page its workers, tests this in-process one. Results carry no series (nobody charts a replication).
 */
export type RunMany = (requests: readonly RunRequest[]) => Promise<SimulationResult[]>;

/** The runs one after another on this thread. */
export const runInProcess: RunMany = (requests) => Promise.resolve(requests.map(runOne));

/** One run, its series dropped: what a thread or a worker sends back. */
export function runOne(request: RunRequest): SimulationResult {
  const result = simulate(request.topology, request.options);
  return { ...result, series: { step: result.series.step, adapters: {}, links: {} } };
}
