import type { Topology } from '../model/index.ts';
import { saveDesign, type KeyValueStore } from '../share/autosave.ts';
import type { DesignStore } from '../share/designStore.ts';
import type { AppStore } from './createAppStore.ts';

/** The autosave waits for a pause in the editing, but never falls further behind than this. */
export const AUTOSAVE_PAUSE_MS = 300;
export const AUTOSAVE_MAX_DELAY_MS = 500;

/**
 * `flush` answers whether the document is now saved (false: the storage refused it, or saving is
 * paused). It takes the design and its slot at once and writes in the background, each write after
 * the one before (so an older design never lands over a newer one). `pause` stops saving for good:
 * after a crash, the last good save must not be replaced by whatever state broke the page (a
 * reload reopens it).
 */
export type Autosave = { flush(): Promise<boolean>; stop(): void; pause(): void };

/**
 * `ownsSlot` is asked before each write; when it answers false (another tab took the slot), the
 * design is not written there: `onSlotLost` moves this tab to a slot of its own first.
 */
export type SlotGuard = { ownsSlot(): boolean; onSlotLost(): void };

export type AutosaveStorage = { local: KeyValueStore; designs: DesignStore };

/**
 * Save the document to its slot after each change: debounced, and at most 500 ms behind however
 * long the editing goes on. A failure (a full storage) stays on screen until a save succeeds.
 */
export function startAutosave(store: AppStore, storage: AutosaveStorage, slotOf: () => string, now = () => Date.now(), guard?: SlotGuard): Autosave {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pendingSince: number | undefined;
  /** The design last handed to the store, and the slot it went to. */
  let saved: { document: Topology; slot: string } | undefined;
  let writing: Promise<boolean> = Promise.resolve(true);
  let paused = false;
  const flush = (): Promise<boolean> => {
    if (paused) return Promise.resolve(false);
    clearTimeout(timer);
    timer = undefined;
    pendingSince = undefined;
    const { document } = store.getState();
    if (guard && !guard.ownsSlot()) guard.onSlotLost();
    const slot = slotOf();
    if (saved?.document === document && saved.slot === slot) return writing;
    saved = { document, slot };
    const write = saveDesign(storage.local, storage.designs, slot, document, now());
    writing = writing.then(() => write).then((result) => {
      if (!result.ok && saved?.document === document) saved = undefined;
      store.getState().setPersistentProblem(result.ok ? null : result.message);
      return result.ok;
    });
    return writing;
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.document === previous.document) return;
    const time = now();
    pendingSince ??= time;
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), Math.max(0, Math.min(AUTOSAVE_PAUSE_MS, pendingSince + AUTOSAVE_MAX_DELAY_MS - time)));
  });
  return {
    flush,
    stop() {
      unsubscribe();
      clearTimeout(timer);
    },
    pause() {
      paused = true;
      unsubscribe();
      clearTimeout(timer);
    },
  };
}
