import type { StateCreator } from 'zustand/vanilla';
import { counterpartOf, virtualizeWithRoom, type Topology } from '../model/index.ts';
import type { SimulationResult } from '../sim/index.ts';
import type { BatchJob, BatchRunner } from '../worker/batchClient.ts';
import type { AppState } from './appState.ts';
import { refusedByChallenge } from './challengeRules.ts';
import { COMPARED_SIDES, comparedPair, sideOf, type ComparedSide, type ComparisonKind } from './comparedPair.ts';
import type { ActionResult } from './documentSlice.ts';

export { COMPARED_SIDES, type ComparedSide, type ComparisonKind, type DesignSide } from './comparedPair.ts';

/**
 * The compare view's run: the design as it was when compared, the other design, both simulated with
 * the same seed and duration in two workers side by side. View state: never in the document.
 */
export type ComparisonRun = {
  status: 'idle' | 'running' | 'done' | 'failed' | 'cancelled';
  kind: ComparisonKind;
  /** The document compared, as it was then (an edit since makes the comparison stale). */
  source: Topology | null;
  /** Which column the current design is: the other is its counterpart (or itself without QoS). */
  sourceSide: ComparedSide | null;
  topologies: Record<ComparedSide, Topology> | null;
  progress: Record<ComparedSide, number>;
  results: Partial<Record<ComparedSide, SimulationResult>>;
  seed: number;
  duration: number;
  /** Why there is no comparison: the model's refusal or the simulation's error. */
  error: string | null;
  /** When it was started, ms since 1970: the printed report's date. */
  startedAt: number;
};

export type ComparisonSlice = {
  comparison: ComparisonRun;
  /** Build the other design (the counterpart, or the design without QoS) and simulate both off the page's thread. */
  compareDesigns(kind?: ComparisonKind): void;
  cancelComparison(): void;
  /** Replace the design by its counterpart: one undoable edit. */
  openCounterpart(): ActionResult;
};

export const IDLE_COMPARISON: ComparisonRun = {
  status: 'idle', kind: 'counterpart', source: null, sourceSide: null, topologies: null, progress: { base: 0, variant: 0 }, results: {}, seed: 0, duration: 0, error: null, startedAt: 0,
};

export function createComparisonSlice(getRunner: () => BatchRunner): StateCreator<AppState, [], [], ComparisonSlice> {
  return (set, get) => {
    let jobs: BatchJob[] = [];
    /** Counts comparisons started, so that a superseded one's late outcomes are ignored. */
    let comparisons = 0;
    const update = (patch: Partial<ComparisonRun>) => set({ comparison: { ...get().comparison, ...patch } });

    function stop(): void {
      for (const job of jobs) job.cancel();
      jobs = [];
    }

    return {
      comparison: IDLE_COMPARISON,
      compareDesigns(kind = 'counterpart') {
        stop();
        const generation = ++comparisons;
        const source = get().document;
        const { seed, duration } = source.settings;
        const pair = comparedPair(kind, source);
        if (!pair.ok) return set({ comparison: { ...IDLE_COMPARISON, kind, status: 'failed', source, seed, duration, error: pair.reason } });
        const { sourceSide, topologies } = pair;
        set({ comparison: { ...IDLE_COMPARISON, kind, status: 'running', source, sourceSide, topologies, seed, duration, startedAt: Date.now() } });
        // A later comparison (of the same document, the other kind), or a cancel, owns the view then.
        const isCurrent = () => generation === comparisons && get().comparison.status === 'running';
        const runner = getRunner();
        const started = COMPARED_SIDES.map((side) => {
          const job = runner({ type: 'simulate', topology: topologies[side], seed, duration }, (fraction) => {
            if (isCurrent()) update({ progress: { ...get().comparison.progress, [side]: fraction } });
          });
          return { side, job };
        });
        jobs = started.map((s) => s.job);
        for (const { side, job } of started) {
          void job.outcome.then((outcome) => {
            if (!isCurrent() || outcome.type === 'cancelled') return;
            const now = get().comparison;
            if (outcome.type !== 'simulated') {
              stop();
              return update({ status: 'failed', error: outcome.type === 'error' ? outcome.message : 'The simulation gave no figures.' });
            }
            const results = { ...now.results, [side]: outcome.result };
            const done = COMPARED_SIDES.every((s) => results[s]);
            update({ results, progress: { ...now.progress, [side]: 1 }, ...(done ? { status: 'done' as const } : {}) });
            if (done) jobs = [];
          });
        }
      },
      cancelComparison() {
        stop();
        if (get().comparison.status === 'running') update({ status: 'cancelled' });
      },
      openCounterpart() {
        // The counterpart is Virtualize (or Dedicate) by another door: a by-hand challenge refuses it too.
        const rule = sideOf(get().document) === 'dedicated' ? 'virtualize' : 'dedicate';
        if (refusedByChallenge(get(), rule)) return { ok: false, reason: 'The open challenge is to be solved by hand.' };
        // The same counterpart as compared, with room made below a new switch for the canvas.
        const result = get().applyOperation((topology) => (sideOf(topology) === 'dedicated' ? virtualizeWithRoom(topology) : counterpartOf(topology)));
        if (!result.ok) return result;
        const side = sideOf(get().document);
        get().closeDialog();
        get().notify('info', `The ${side} counterpart is now the design. Undo brings the previous one back.`);
        return result;
      },
    };
  };
}
