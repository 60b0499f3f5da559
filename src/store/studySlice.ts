import type { StateCreator } from 'zustand/vanilla';
import type { Topology } from '../model/index.ts';
import type { BreakEven, SweepAxis, SweepLine } from '../sim/index.ts';
import type { BatchJob, BatchRunner } from '../worker/batchClient.ts';
import type { CancellableRunMany } from '../worker/workerRunMany.ts';
import type { AppState } from './appState.ts';

/** The sweep's planning and its runner over the page's workers: fetched when a sweep first runs. */
const loadSweep = () => Promise.all([import('../sim/sweep/sweepPlan.ts'), import('../worker/workerRunMany.ts')]);

/** The app runs shorter and fewer replications than the CLI's defaults, and says so: a page should answer in a minute. */
export const PAGE_REPLICATIONS = 3;
export const BREAK_EVEN_DURATION_S = 1;

export type BreakEvenRun = {
  status: 'idle' | 'running' | 'done' | 'failed' | 'cancelled';
  source: Topology | null;
  counts: number[];
  progress: number;
  note: string | null;
  result: BreakEven | null;
  error: string | null;
};

export type SweepRun = {
  status: 'idle' | 'running' | 'done' | 'failed' | 'cancelled';
  source: Topology | null;
  axis: SweepAxis | null;
  replications: number;
  done: number;
  total: number;
  lines: SweepLine[];
  error: string | null;
};

export type StudySlice = {
  breakEvenRun: BreakEvenRun;
  sweepRun: SweepRun;
  /** Cost, power and p99 of both sides at `counts` servers (doublings up to the largest), in a worker. */
  runBreakEven(counts: number[]): void;
  cancelBreakEven(): void;
  /** The current design at each value of one parameter, in replications, spread over the page's workers. */
  runSweepOf(axis: SweepAxis, replications?: number): void;
  cancelSweep(): void;
};

export const IDLE_BREAK_EVEN: BreakEvenRun = { status: 'idle', source: null, counts: [], progress: 0, note: null, result: null, error: null };
export const IDLE_SWEEP: SweepRun = { status: 'idle', source: null, axis: null, replications: PAGE_REPLICATIONS, done: 0, total: 0, lines: [], error: null };

/** The doublings from 4 up to `most` servers, `most` included: what the break-even simulates. */
export function doublingsUpTo(most: number): number[] {
  const counts: number[] = [];
  for (let n = 4; n < most; n *= 2) counts.push(n);
  return [...counts, most];
}

export function createStudySlice(getRunner: () => BatchRunner): StateCreator<AppState, [], [], StudySlice> {
  return (set, get) => {
    let breakEvenJob: BatchJob | null = null;
    let sweepRunner: CancellableRunMany | null = null;
    const updateBreakEven = (patch: Partial<BreakEvenRun>) => set({ breakEvenRun: { ...get().breakEvenRun, ...patch } });
    const updateSweep = (patch: Partial<SweepRun>) => set({ sweepRun: { ...get().sweepRun, ...patch } });

    return {
      breakEvenRun: IDLE_BREAK_EVEN,
      sweepRun: IDLE_SWEEP,
      runBreakEven(counts) {
        breakEvenJob?.cancel();
        const source = get().document;
        set({ breakEvenRun: { ...IDLE_BREAK_EVEN, status: 'running', source, counts } });
        const job = getRunner()(
          { type: 'breakEven', topology: source, counts, replications: PAGE_REPLICATIONS, duration: Math.min(BREAK_EVEN_DURATION_S, source.settings.duration) },
          (fraction, note) => { if (get().breakEvenRun.source === source) updateBreakEven({ progress: fraction, note: note ?? null }); },
        );
        breakEvenJob = job;
        void job.outcome.then((outcome) => {
          if (breakEvenJob !== job || outcome.type === 'cancelled') return;
          breakEvenJob = null;
          if (outcome.type === 'brokeEven') updateBreakEven({ status: 'done', result: outcome.breakEven, progress: 1, note: null });
          else updateBreakEven({ status: 'failed', error: outcome.type === 'error' ? outcome.message : 'The break-even gave no figures.', note: null });
        });
      },
      cancelBreakEven() {
        breakEvenJob?.cancel();
        breakEvenJob = null;
        if (get().breakEvenRun.status === 'running') updateBreakEven({ status: 'cancelled', note: null });
      },
      runSweepOf(axis, replications = PAGE_REPLICATIONS) {
        sweepRunner?.cancel();
        const source = get().document;
        // A placeholder until the sweep's code is here: Cancel meanwhile stops it before it starts.
        const loading: CancellableRunMany = { runMany: () => Promise.reject(new Error('not loaded')), cancel: () => {} };
        sweepRunner = loading;
        set({ sweepRun: { ...IDLE_SWEEP, status: 'running', source, axis, replications, total: axis.values.length * replications } });
        void loadSweep().then(([{ planSweep, runSweep }, { createWorkerRunMany }]) => {
          if (sweepRunner !== loading) return;
          const planned = planSweep([axis], replications);
          if (!planned.ok) {
            sweepRunner = null;
            return set({ sweepRun: { ...IDLE_SWEEP, status: 'failed', error: planned.reason } });
          }
          const runner = createWorkerRunMany(getRunner());
          sweepRunner = runner;
          updateSweep({ total: planned.plan.runs });
          const lines: SweepLine[] = [];
          const current = () => sweepRunner === runner;
          runSweep(source, planned.plan, runner.runMany, (batch, done) => {
            if (!current()) return;
            lines.push(...batch);
            updateSweep({ lines: [...lines], done });
          }, replications).then(
            () => { if (current()) { sweepRunner = null; updateSweep({ status: 'done' }); } },
            (error: unknown) => { if (current()) { sweepRunner = null; updateSweep({ status: 'failed', error: error instanceof Error ? error.message : String(error) }); } },
          );
        });
      },
      cancelSweep() {
        const runner = sweepRunner;
        sweepRunner = null;
        runner?.cancel();
        if (get().sweepRun.status === 'running') updateSweep({ status: 'cancelled' });
      },
    };
  };
}
