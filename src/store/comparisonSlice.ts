import type { StateCreator } from 'zustand/vanilla';
import { indexOf, virtualizeWithRoom, type Topology } from '../model/index.ts';
import { counterpartOf, type SimulationResult } from '../sim/index.ts';
import type { BatchJob, BatchRunner } from '../worker/batchClient.ts';
import type { AppState } from './appState.ts';
import { refusedByChallenge } from './challengeRules.ts';
import type { ActionResult } from './documentSlice.ts';

export type DesignSide = 'dedicated' | 'virtualized';
export const DESIGN_SIDES: readonly DesignSide[] = ['dedicated', 'virtualized'];

/**
 * The compare view's run: the design as it was when compared, its counterpart, both simulated with
 * the same seed and duration in two workers side by side. View state: never in the document.
 */
export type ComparisonRun = {
  status: 'idle' | 'running' | 'done' | 'failed' | 'cancelled';
  /** The document compared, as it was then (an edit since makes the comparison stale). */
  source: Topology | null;
  /** Which side the current design is: the other is its counterpart. */
  sourceSide: DesignSide | null;
  topologies: Record<DesignSide, Topology> | null;
  progress: Record<DesignSide, number>;
  results: Partial<Record<DesignSide, SimulationResult>>;
  seed: number;
  duration: number;
  /** Why there is no comparison: the model's refusal or the simulation's error. */
  error: string | null;
  /** When it was started, ms since 1970: the printed report's date. */
  startedAt: number;
};

export type ComparisonSlice = {
  comparison: ComparisonRun;
  /** Build the counterpart of the current design and simulate both off the page's thread. */
  compareDesigns(): void;
  cancelComparison(): void;
  /** Replace the design by its counterpart: one undoable edit. */
  openCounterpart(): ActionResult;
};

export const IDLE_COMPARISON: ComparisonRun = {
  status: 'idle', source: null, sourceSide: null, topologies: null, progress: { dedicated: 0, virtualized: 0 }, results: {}, seed: 0, duration: 0, error: null, startedAt: 0,
};

/** Which side a design is: virtualized as soon as it has an IOV switch (as compareWithCounterpart decides). */
export function sideOf(topology: Topology): DesignSide {
  return indexOf(topology).switches.length > 0 ? 'virtualized' : 'dedicated';
}

/** The model's reason, unless the design has no adapter at all (then neither way round applies). */
function refusalOf(topology: Topology, reason: string): string {
  const hasAdapters = topology.nodes.some((n) => n.kind === 'fc-hba' || n.kind === 'eth-nic');
  return hasAdapters ? reason : 'The design has no adapters, dedicated or pooled, so it has no counterpart: give its servers an HBA and a NIC each (or an IOV switch a pool), then compare.';
}

export function createComparisonSlice(getRunner: () => BatchRunner): StateCreator<AppState, [], [], ComparisonSlice> {
  return (set, get) => {
    let jobs: BatchJob[] = [];
    const update = (patch: Partial<ComparisonRun>) => set({ comparison: { ...get().comparison, ...patch } });

    function stop(): void {
      for (const job of jobs) job.cancel();
      jobs = [];
    }

    return {
      comparison: IDLE_COMPARISON,
      compareDesigns() {
        stop();
        const source = get().document;
        const { seed, duration } = source.settings;
        const counterpart = counterpartOf(source);
        if (!counterpart.ok) return set({ comparison: { ...IDLE_COMPARISON, status: 'failed', source, seed, duration, error: refusalOf(source, counterpart.reason) } });
        const sourceSide = sideOf(source);
        const other: DesignSide = sourceSide === 'dedicated' ? 'virtualized' : 'dedicated';
        const topologies = { [sourceSide]: source, [other]: counterpart.topology } as Record<DesignSide, Topology>;
        set({ comparison: { ...IDLE_COMPARISON, status: 'running', source, sourceSide, topologies, seed, duration, startedAt: Date.now() } });
        const runner = getRunner();
        const started = DESIGN_SIDES.map((side) => {
          const job = runner({ type: 'simulate', topology: topologies[side], seed, duration }, (fraction) => {
            if (get().comparison.source === source) update({ progress: { ...get().comparison.progress, [side]: fraction } });
          });
          return { side, job };
        });
        jobs = started.map((s) => s.job);
        for (const { side, job } of started) {
          void job.outcome.then((outcome) => {
            const now = get().comparison;
            // A later comparison, or a cancel, owns the view now.
            if (now.source !== source || now.status !== 'running') return;
            if (outcome.type === 'cancelled') return;
            if (outcome.type !== 'simulated') {
              stop();
              return update({ status: 'failed', error: outcome.type === 'error' ? outcome.message : 'The simulation gave no figures.' });
            }
            const results = { ...now.results, [side]: outcome.result };
            const done = DESIGN_SIDES.every((s) => results[s]);
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
