import { createContext, useContext, useEffect, useLayoutEffect, useState } from 'react';
import { useStore } from 'zustand';
import type { TemporalState } from 'zundo';
import type { AppState } from './appState.ts';
import type { AppStore } from './createAppStore.ts';
import type { DocumentHistory } from './historySlice.ts';
import { addLiveWrite, type LiveWrite } from './liveWrites.ts';

/** The one file of the store that knows React: the store's context and the hooks that read it. */
export const StoreContext = createContext<AppStore | null>(null);

export function useAppStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore needs a <StoreContext.Provider> above it (see App.tsx).');
  return store;
}

/** Read part of the store; the component re-renders when that part changes. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStoreApi(), selector);
}

/** Read the history (whether undo and redo are possible). */
export function useHistory<T>(selector: (state: TemporalState<DocumentHistory>) => T): T {
  return useStore(useAppStoreApi().temporal, selector);
}

/**
 * Read part of the store at most once every `ms` (the last change always arrives): a chart fed by
 * 30 frames a second redraws a few times a second, and its component does not re-render in between.
 */
export function useThrottledAppStore<T>(selector: (state: AppState) => T, ms: number): T {
  const store = useAppStoreApi();
  const [value, setValue] = useState(() => selector(store.getState()));
  useEffect(() => {
    let last = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const update = () => {
      timer = undefined;
      last = Date.now();
      setValue(() => selector(store.getState()));
    };
    const unsubscribe = store.subscribe(() => {
      if (timer !== undefined) return;
      timer = setTimeout(update, Math.max(0, last + ms - Date.now()));
    });
    return () => {
      unsubscribe();
      if (timer !== undefined) clearTimeout(timer);
    };
    // The selector is read at each update; a new function each render must not resubscribe.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, [store, ms]);
  return value;
}

/**
 * Runs `write` now and at every animation frame after the run's figures change, without a render
 * (liveWrites.ts): for figures a component writes straight to the elements it drew. `deps` are
 * what `write` closes over (a new run's structure, a failed mark): it is added again when they change.
 */
export function useLiveWrite(write: LiveWrite, deps: readonly unknown[]): void {
  const store = useAppStoreApi();
  // oxlint-disable-next-line react-hooks/exhaustive-deps -- the caller names what `write` reads
  useLayoutEffect(() => addLiveWrite(store, write), [store, ...deps]);
}
