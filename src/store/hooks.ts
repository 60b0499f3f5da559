import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { TemporalState } from 'zundo';
import type { AppState } from './appState.ts';
import type { AppStore } from './createAppStore.ts';
import type { DocumentHistory } from './historySlice.ts';

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
