import type { StateCreator, StoreApi } from 'zustand/vanilla';
import type { TemporalState } from 'zundo';
import type { Topology } from '../model/index.ts';
import type { AppState } from './appState.ts';

/** What the history keeps: the document only, never the selection or any other view state. */
export type DocumentHistory = { document: Topology };
export type HistoryApi = StoreApi<TemporalState<DocumentHistory>>;
/** zundo types its own store as `unknown` inside the creator; it is a HistoryApi. */
export type HistoryMutators = [['temporal', unknown]];

export type HistorySlice = {
  undo(): boolean;
  redo(): boolean;
  clearHistory(): void;
  /**
   * Run an edit that continues the previous one of the same `key` when it comes within a second
   * and nothing else was recorded in between: holding Shift+→ is one nudge, so one undo step.
   */
  mergeSteps<T>(key: string, edit: () => T): T;
};

/** How close two edits of one key must be to make one step, in ms. */
export const MERGE_WINDOW_MS = 1000;

export const createHistorySlice: StateCreator<AppState, HistoryMutators, [], HistorySlice> = (_set, get, store) => {
  const history = () => (store.temporal as HistoryApi).getState();
  /** After undo or redo, forget selected ids the restored document no longer has. */
  const keepSelectionValid = () => {
    const { document, selected, select } = get();
    const ids = new Set([...document.nodes.map((n) => n.id), ...document.links.map((l) => l.id)]);
    select(selected.filter((id) => ids.has(id)));
  };
  let last: { key: string; time: number; steps: number } | undefined;
  return {
    mergeSteps(key, edit) {
      const now = Date.now();
      const merging = last?.key === key && now - last.time < MERGE_WINDOW_MS && history().pastStates.length === last.steps;
      if (merging) history().pause();
      try {
        return edit();
      } finally {
        if (merging) history().resume();
        last = { key, time: now, steps: history().pastStates.length };
      }
    },
    undo() {
      if (history().pastStates.length === 0) return false;
      history().undo();
      keepSelectionValid();
      return true;
    },
    redo() {
      if (history().futureStates.length === 0) return false;
      history().redo();
      keepSelectionValid();
      return true;
    },
    clearHistory: () => history().clear(),
  };
};
