import { temporal } from 'zundo';
import { createStore } from 'zustand/vanilla';
import type { Topology } from '../model/index.ts';
import type { AppState } from './appState.ts';
import { createDocumentSlice } from './documentSlice.ts';
import { createHistorySlice, type DocumentHistory } from './historySlice.ts';
import { createUiSlice } from './uiSlice.ts';

/** Undo steps kept; older ones fall off. */
export const HISTORY_LIMIT = 200;

/**
 * The app's store, with no React: tests, lessons and the keyboard drive it directly. Slices are
 * combined once and the history middleware wraps the whole, tracking only the document: a set that
 * leaves the document object as it was (selection, notices, dialogs) is never an undo step.
 */
export function createAppStore(initial?: Topology) {
  const store = createStore<AppState>()(
    temporal(
      (set, get, api) => ({
        ...createDocumentSlice(set, get, api),
        ...createHistorySlice(set, get, api),
        ...createUiSlice(set, get, api),
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
