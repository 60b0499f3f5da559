import { temporal } from 'zundo';
import { createStore } from 'zustand/vanilla';
import type { Topology } from '../model/index.ts';
import type { KeyValueStore } from '../share/autosave.ts';
import type { AppState } from './appState.ts';
import { createDocumentSlice } from './documentSlice.ts';
import { createHistorySlice, type DocumentHistory } from './historySlice.ts';
import { browserStorage, createLessonSlice } from './lessonSlice.ts';
import { createSimulationSlice } from './simulationSlice.ts';
import { createUiSlice } from './uiSlice.ts';
import { createSimulationClient, type SimulationClient } from '../worker/client.ts';
import { createBatchRunner, type BatchRunner } from '../worker/batchClient.ts';
import { createComparisonSlice } from './comparisonSlice.ts';
import { createSizingSlice } from './sizingSlice.ts';
import { createGradingSlice } from './gradingSlice.ts';
import { createStudySlice } from './studySlice.ts';

export type AppStoreOptions = {
  /** The simulation's client, made when first needed: a real Worker by default, a fake in tests. */
  createSimulationClient?: () => SimulationClient;
  /** How often the diagram takes a new frame, ms (tests use 0: every frame at once). */
  simulationDisplayIntervalMs?: number;
  /** Where lesson progress is kept: localStorage by default, a memory store in tests. */
  lessonStorage?: () => KeyValueStore | undefined;
  /** Runs the compare view's, the right-size panel's and the grade sheet's jobs: a Worker per job by default, in-process in tests. */
  batchRunner?: BatchRunner;
};

/** Undo steps kept; older ones fall off. */
export const HISTORY_LIMIT = 200;

/**
 * The app's store, with no React: tests, lessons and the keyboard drive it directly. Slices are
 * combined once and the history middleware wraps the whole, tracking only the document: a set that
 * leaves the document object as it was (selection, notices, dialogs) is never an undo step.
 */
export function createAppStore(initial?: Topology, options: AppStoreOptions = {}) {
  let runner = options.batchRunner;
  const batchRunner = () => (runner ??= createBatchRunner());
  const store = createStore<AppState>()(
    temporal(
      (set, get, api) => ({
        ...createDocumentSlice(set, get, api),
        ...createHistorySlice(set, get, api),
        ...createUiSlice(set, get, api),
        ...createSimulationSlice(options.createSimulationClient ?? (() => createSimulationClient()), options.simulationDisplayIntervalMs)(set, get, api),
        ...createComparisonSlice(batchRunner)(set, get, api),
        ...createSizingSlice(batchRunner)(set, get, api),
        ...createGradingSlice(batchRunner)(set, get, api),
        ...createStudySlice(batchRunner)(set, get, api),
        ...createLessonSlice(options.lessonStorage ?? browserStorage)(set, get, api),
      }),
      {
        partialize: (state): DocumentHistory => ({ document: state.document }),
        equality: (past, current) => past.document === current.document,
        limit: HISTORY_LIMIT,
      },
    ),
  );
  if (initial) store.getState().load(initial);
  return store;
}

export type AppStore = ReturnType<typeof createAppStore>;
