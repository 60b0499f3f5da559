import type { StateCreator } from 'zustand/vanilla';
import type { GradeRow } from '../curriculum/gradeSheet.ts';
import type { BatchRunner } from '../worker/batchClient.ts';
import type { AppState } from './appState.ts';

/** The grading code (verdicts, the engine for runs in the page): fetched when an instructor first grades. */
const loadGrading = () => Promise.all([import('./gradeRunner.ts'), import('./handInLinks.ts')]);

/** Workers at once: the machine's cores, at most four (a class's laptop has two to eight). */
const lanes = () => Math.min(4, Math.max(1, (typeof navigator === 'undefined' ? 2 : navigator.hardwareConcurrency) || 2));

/** The instructor's grade sheet: view state, never in the document. */
export type GradingRun = {
  status: 'idle' | 'grading' | 'done' | 'cancelled';
  rows: GradeRow[];
  progress: { done: number; total: number };
  /** Lines past the sheet's limit, not read. */
  skipped: number;
  /** When the grading started, ms since 1970 (for the CSV's name). */
  startedAt: number;
};

export type GradingSlice = {
  grading: GradingRun;
  /** Read the pasted links, run what their goals need in workers, and fill the sheet. */
  gradeHandIns(text: string): void;
  cancelGrading(): void;
};

export const IDLE_GRADING: GradingRun = { status: 'idle', rows: [], progress: { done: 0, total: 0 }, skipped: 0, startedAt: 0 };

export function createGradingSlice(getRunner: () => BatchRunner): StateCreator<AppState, [], [], GradingSlice> {
  return (set, get) => {
    /** Stops the grading under way: the loading of its code, or its runs. */
    let cancel: (() => void) | null = null;
    const update = (patch: Partial<GradingRun>) => set({ grading: { ...get().grading, ...patch } });
    const gradeLoaded = async (text: string, isCurrent: () => boolean) => {
      const [{ gradeWithRunner }, { readHandIns }] = await loadGrading();
      if (!isCurrent()) return;
      const { handIns, refused, skipped } = readHandIns(text);
      update({ rows: refused, skipped });
      const job = gradeWithRunner(handIns, getRunner(), lanes(), (progress) => update({ progress }));
      cancel = job.cancel;
      const rows = await job.rows;
      if (cancel !== job.cancel) return;
      cancel = null;
      if (!rows) return update({ status: 'cancelled' });
      update({ status: 'done', rows: [...rows, ...refused].toSorted((a, b) => a.line - b.line) });
    };
    return {
      grading: IDLE_GRADING,
      gradeHandIns(text) {
        cancel?.();
        const loading = () => {};
        cancel = loading;
        set({ grading: { status: 'grading', rows: [], progress: { done: 0, total: 0 }, skipped: 0, startedAt: Date.now() } });
        void gradeLoaded(text, () => cancel === loading);
      },
      cancelGrading() {
        cancel?.();
        cancel = null;
        if (get().grading.status === 'grading') update({ status: 'cancelled' });
      },
    };
  };
}
