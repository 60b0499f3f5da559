import type { StateCreator } from 'zustand/vanilla';
import { setPoolSize, TRAFFIC_CLASSES, type OpResult, type Topology, type TrafficClass } from '../model/index.ts';
import type { BatchRunner } from '../worker/batchClient.ts';
import type { BatchReport, SizedPool } from '../worker/batchProtocol.ts';
import type { CancellableRunMany } from '../worker/workerRunMany.ts';
import type { AppState } from './appState.ts';
import { refusedByChallenge } from './challengeRules.ts';
import type { ActionResult } from './documentSlice.ts';

/** What the right-size panel asks for: a p99 per class, a utilization ceiling, and whether one adapter may fail. */
export type SizingGoal = { p99Ms: Record<TrafficClass, number>; maxUtilization: number; nPlusOne: boolean };

/** Storage I/Os cross the SAN's disks' queue too: 2 ms for storage, 0.5 ms for network, under 70 % with a spare. */
export const DEFAULT_SIZING_GOAL: SizingGoal = { p99Ms: { storage: 2, network: 0.5 }, maxUtilization: 0.7, nPlusOne: true };

export type SizingRun = {
  status: 'idle' | 'running' | 'done' | 'failed' | 'cancelled';
  goal: SizingGoal;
  /** The document sized, as it was then (an edit since makes the sizing stale). */
  source: Topology | null;
  progress: Record<TrafficClass, number>;
  /** What is being simulated now, in words. */
  note: string | null;
  pools: Partial<Record<TrafficClass, SizedPool[]>>;
  error: string | null;
  /** The document the sizes were applied to make: while it is the design, the panel says so (and Undo takes it back). */
  applied: Topology | null;
};

export type SizingSlice = {
  sizing: SizingRun;
  /** Change the goal, or say why not (the field shows it). */
  setSizingGoal(change: Partial<Omit<SizingGoal, 'p99Ms'>> & { p99Ms?: Partial<Record<TrafficClass, number>> }): ActionResult;
  /**
   * Size every pool of the current design for the goal: both classes side by side, every replication
   * a run of its own in one pool of page workers (as many as the browser has cores, at most 8).
   */
  sizeDesignPools(): void;
  cancelSizing(): void;
  /** Give every pool sized its recommended size: one undoable edit. */
  applyPoolSizes(): ActionResult;
};

export const IDLE_SIZING: SizingRun = { status: 'idle', goal: DEFAULT_SIZING_GOAL, source: null, progress: { storage: 0, network: 0 }, note: null, pools: {}, error: null, applied: null };

const MAX_TARGET_MS = 10_000;

/** The sizing's search and its pool of workers: fetched when a sizing first runs (the first page load stays small). */
const loadSizing = () => Promise.all([import('../worker/sizeJob.ts'), import('../worker/workerRunMany.ts')]);

/** The goal with a change, or the reason it cannot be. */
export function withSizingGoal(goal: SizingGoal, change: Parameters<SizingSlice['setSizingGoal']>[0]): { ok: true; goal: SizingGoal } | { ok: false; reason: string } {
  const p99Ms = { ...goal.p99Ms, ...change.p99Ms };
  for (const cls of TRAFFIC_CLASSES) {
    const value = p99Ms[cls];
    if (!(Number.isFinite(value) && value > 0 && value <= MAX_TARGET_MS)) return { ok: false, reason: `The ${cls} p99 target must be more than 0 ms and at most ${MAX_TARGET_MS.toLocaleString('en-US')} ms.` };
  }
  const maxUtilization = change.maxUtilization ?? goal.maxUtilization;
  if (!(Number.isFinite(maxUtilization) && maxUtilization > 0 && maxUtilization <= 1)) return { ok: false, reason: 'The utilization ceiling must be more than 0 % and at most 100 %.' };
  return { ok: true, goal: { p99Ms, maxUtilization, nPlusOne: change.nPlusOne ?? goal.nPlusOne } };
}

/** Every sized pool at its chosen size, as one edit; pools with no size meeting the goal are left as they are. */
export function withChosenSizes(topology: Topology, pools: readonly SizedPool[]): OpResult {
  let next = topology;
  for (const pool of pools) {
    if (pool.chosen === null) continue;
    const result = setPoolSize(next, pool.switchId, pool.trafficClass, pool.chosen);
    if (!result.ok) return result;
    next = result.topology;
  }
  return { ok: true, topology: next };
}

export function createSizingSlice(getRunner: () => BatchRunner): StateCreator<AppState, [], [], SizingSlice> {
  return (set, get) => {
    let pool: CancellableRunMany | null = null;
    const update = (patch: Partial<SizingRun>) => set({ sizing: { ...get().sizing, ...patch } });
    const stop = () => {
      pool?.cancel();
      pool = null;
    };

    return {
      sizing: IDLE_SIZING,
      setSizingGoal(change) {
        const result = withSizingGoal(get().sizing.goal, change);
        if (!result.ok) return result;
        update({ goal: result.goal });
        return { ok: true };
      },
      sizeDesignPools() {
        stop();
        const source = get().document;
        const { goal } = get().sizing;
        set({ sizing: { ...IDLE_SIZING, goal, source, status: 'running' } });
        // A placeholder until the sizing's code is here: Cancel meanwhile stops it before it starts.
        const loading: CancellableRunMany = { runMany: () => Promise.reject(new Error('not loaded')), cancel: () => {} };
        pool = loading;
        void loadSizing().then(([{ sizeJob }, { createWorkerRunMany, sizingWorkers }]) => {
          if (pool !== loading) return;
          const mine = createWorkerRunMany(getRunner(), sizingWorkers());
          pool = mine;
          // Reports of a sizing that was cancelled or replaced are dropped.
          const current = () => pool === mine && get().sizing.source === source && get().sizing.status === 'running';
          const onReport = (trafficClass: TrafficClass) => (report: BatchReport) => {
            if (!current()) return;
            const now = get().sizing;
            if (report.type === 'progress') return update({ progress: { ...now.progress, [trafficClass]: report.fraction }, ...(report.note ? { note: report.note } : {}) });
            if (report.type !== 'sized') {
              stop();
              return update({ status: 'failed', error: report.type === 'error' ? report.message : 'The sizing gave no figures.', note: null });
            }
            const pools = { ...now.pools, [trafficClass]: report.pools };
            const done = TRAFFIC_CLASSES.every((c) => pools[c]);
            update({ pools, progress: { ...now.progress, [trafficClass]: 1 }, ...(done ? { status: 'done' as const, note: null } : {}) });
            if (done) pool = null;
          };
          for (const trafficClass of TRAFFIC_CLASSES) {
            const target = { p99Ms: goal.p99Ms[trafficClass], maxUtilization: goal.maxUtilization, nPlusOne: goal.nPlusOne };
            void sizeJob({ type: 'size', topology: source, trafficClass, target }, onReport(trafficClass), mine.runMany);
          }
        });
      },
      cancelSizing() {
        stop();
        if (get().sizing.status === 'running') update({ status: 'cancelled', note: null });
      },
      applyPoolSizes() {
        if (refusedByChallenge(get(), 'size')) return { ok: false, reason: 'The open challenge is to be solved by hand.' };
        const { sizing } = get();
        const pools = TRAFFIC_CLASSES.flatMap((c) => sizing.pools[c] ?? []);
        const refuse = (reason: string): ActionResult => {
          get().notify('refusal', reason);
          return { ok: false, reason };
        };
        if (sizing.source !== get().document) return refuse('The design changed since this sizing: size the pools again first.');
        if (!pools.some((p) => p.chosen !== null)) return refuse('No pool size meets the target: there is nothing to apply.');
        const result = get().applyOperation((topology) => withChosenSizes(topology, pools));
        if (result.ok) update({ applied: get().document });
        return result;
      },
    };
  };
}
