import { faultedDesign, faultTargetsRun } from '../curriculum/challengeVerdicts.ts';
import { flagSameDesigns, gradeHandIn, type GradeRow, type HandIn } from '../curriculum/gradeSheet.ts';
import type { Topology } from '../model/index.ts';
import type { SimulationResult } from '../sim/index.ts';
import type { BatchJob, BatchRunner } from '../worker/batchClient.ts';

/** One simulation the sheet needs: a design as handed in, or with an element failed. Shared by identical designs. */
type RunNeed = { key: string; topology: Topology };

export type GradeProgress = { done: number; total: number };

const runKey = (handIn: HandIn, target?: string) => `${handIn.designKey}\u0000${target ?? ''}`;

function needsOf(handIns: readonly HandIn[]): RunNeed[] {
  const needs = new Map<string, RunNeed>();
  for (const handIn of handIns) {
    // Always the plain run: the sheet shows every design's p99, whatever the goals.
    needs.set(runKey(handIn), { key: runKey(handIn), topology: handIn.topology });
    for (const target of faultTargetsRun(handIn.challenge, handIn.topology)) {
      needs.set(runKey(handIn, target), { key: runKey(handIn, target), topology: faultedDesign(handIn.topology, target) });
    }
  }
  return [...needs.values()];
}

/**
 * Grade hand-ins: every simulation their goals need, run in `lanes` workers at once (one job per
 * worker, as the compare view's), then each verdict computed on the page from those runs. A run
 * that fails makes its hand-in a refused row with the reason; the rest are still graded.
 */
export function gradeWithRunner(handIns: readonly HandIn[], runner: BatchRunner, lanes: number, onProgress: (p: GradeProgress) => void) {
  const needs = needsOf(handIns);
  const results = new Map<string, SimulationResult | string>();
  const running = new Set<BatchJob>();
  const state = { cancelled: false };
  let next = 0;
  const lane = async (): Promise<void> => {
    while (!state.cancelled && next < needs.length) {
      const need = needs[next++]!;
      const job = runner({ type: 'simulate', topology: need.topology }, () => {});
      running.add(job);
      const outcome = await job.outcome;
      running.delete(job);
      results.set(need.key, outcome.type === 'simulated' ? outcome.result : outcome.type === 'error' ? outcome.message : 'cancelled');
      onProgress({ done: results.size, total: needs.length });
    }
  };
  const rows = (async (): Promise<GradeRow[] | null> => {
    onProgress({ done: 0, total: needs.length });
    await Promise.all(Array.from({ length: Math.max(1, Math.min(lanes, needs.length)) }, lane));
    if (state.cancelled) return null;
    return flagSameDesigns(handIns.map((handIn) => rowOf(handIn, results)));
  })();
  return { rows, cancel: () => { state.cancelled = true; for (const job of running) job.cancel(); } };
}

function rowOf(handIn: HandIn, results: ReadonlyMap<string, SimulationResult | string>): GradeRow {
  const run = (target?: string): SimulationResult => {
    const result = results.get(runKey(handIn, target));
    if (typeof result !== 'object') throw new Error(result ?? 'The simulation gave no result.');
    return result;
  };
  try {
    return gradeHandIn(handIn, { plain: () => run(), faulted: (target) => run(target) });
  } catch (error) {
    return { kind: 'refused', line: handIn.line, text: handIn.name, problem: `Its design could not be simulated: ${error instanceof Error ? error.message : String(error)}` };
  }
}
