import { emptyTopology, example, EXAMPLES, type ExampleName, type Topology } from '../model/index.ts';
import { createSlotId, deleteDesign, loadDesign, readRecent, setAsideDamaged, type KeyValueStore, type RecentDesign } from '../share/autosave.ts';
import { keyValueDesignStore, type DesignStore } from '../share/designStore.ts';
import type { SlotLocks } from '../share/designLock.ts';
import { startAutosave } from './autosaveWiring.ts';
import type { AppStore } from './createAppStore.ts';

/** The design a tab starts with on a first visit. */
export const FIRST_DESIGN: ExampleName = 'virtualized-rack';
const TAB_SLOT_KEY = 'iov-studio:tab-slot';

export type SessionDeps = {
  local: KeyValueStore;
  /** Where the designs themselves go: IndexedDB in the app; `local` when absent (tests, old browsers). */
  designs?: DesignStore;
  /** Per tab, kept across a reload (sessionStorage). */
  tab: KeyValueStore;
  locks: SlotLocks;
  now?: () => number;
  newSlotId?: () => string;
};

/**
 * How a tab began: its own design after a reload (`restored`), a copy of it (a duplicated tab), the
 * newest design no other tab holds (`latest`), the first-visit example, ...
 */
export type StartOutcome = 'restored' | 'copied' | 'latest' | 'first-visit' | 'damaged' | 'new' | 'opened';

/**
 * This tab's design and its slot. Each design lives in its own slot, held by one tab at a time,
 * so a second (or duplicated) tab works on a copy and never overwrites another tab's work.
 */
export function createDesignSession(store: AppStore, deps: SessionDeps) {
  const now = deps.now ?? (() => Date.now());
  const designs = deps.designs ?? keyValueDesignStore(deps.local);
  const newSlotId = deps.newSlotId ?? (() => createSlotId());
  let slot = '';
  /** Another tab took this tab's slot (a lost heartbeat): go on in a new slot, never over its design. */
  let copy = '';
  /**
   * The page is going away (leave()): its slot was let go on purpose, so a save asked after that
   * (the page hidden as it unloads) is not a lost slot; a copy then would be remembered as the
   * tab's, and the reload would not find the tab's own design.
   */
  let leaving = false;
  const moveToCopy = () => {
    if (leaving) return;
    slot = newSlotId();
    // A new id no other tab can know: it is this tab's at once, while the lock is being taken.
    copy = slot;
    void deps.locks.claim(slot);
    deps.tab.setItem(TAB_SLOT_KEY, slot);
    store.getState().notify('info', 'This design was opened in another tab meanwhile, so this tab goes on with a copy.');
  };
  const autosave = startAutosave(store, { local: deps.local, designs }, () => slot, now, {
    ownsSlot: () => slot === '' || slot === copy || (deps.locks.holds?.(slot) ?? true),
    onSlotLost: moveToCopy,
  });

  /** Make a held slot this tab's, show its design, and save it there at once. */
  const enter = (next: string, topology: Topology) => {
    // The design left is taken now and written in the background, in its own slot.
    const left = slot;
    if (left && left !== next) void autosave.flush().then(() => deps.locks.release(left));
    slot = next;
    deps.tab.setItem(TAB_SLOT_KEY, next);
    store.getState().load(topology);
    void autosave.flush();
  };
  const openInNewSlot = async (topology: Topology) => {
    const fresh = newSlotId();
    await deps.locks.claim(fresh);
    enter(fresh, topology);
  };
  /** A slot that could not be read: set aside (kept), and the example instead, saying why. */
  const replaceDamaged = async (damaged: string, reason: string) => {
    deps.locks.release(damaged);
    await setAsideDamaged(deps.local, designs, damaged);
    await openInNewSlot(example(FIRST_DESIGN));
    store.getState().notify('problem', `Your autosaved design could not be restored (${reason}). It was set aside, and the ${EXAMPLES[FIRST_DESIGN].title} example is open instead.`);
    return 'damaged' as const;
  };
  /** Open a slot this tab holds: its design, or undefined when it is no longer saved. */
  const openHeld = async (held: string): Promise<StartOutcome | undefined> => {
    const loaded = await loadDesign(designs, held);
    if (loaded.ok) {
      enter(held, loaded.topology);
      return 'restored';
    }
    if (loaded.missing) {
      deps.locks.release(held);
      return undefined;
    }
    return replaceDamaged(held, loaded.reason);
  };
  /** Open a slot's design: the slot itself when no other tab holds it, else a copy in a new slot. */
  const openAny = async (target: string): Promise<StartOutcome | undefined> => {
    if (await deps.locks.claim(target, true)) return openHeld(target);
    const loaded = await loadDesign(designs, target);
    if (!loaded.ok) return undefined;
    await openInNewSlot(loaded.topology);
    return 'copied';
  };

  return {
    get slot() {
      return slot;
    },
    /**
     * After a reload, the tab's own design; else the newest one no other tab holds; else the
     * first-visit example or a new design. `opening` (a shared link's design) goes in a new slot.
     */
    async start(opening?: Topology): Promise<StartOutcome> {
      const recent = readRecent(deps.local);
      if (recent.damaged) store.getState().notify('problem', 'The list of recent designs was damaged and has been reset.');
      if (opening) {
        await openInNewSlot(opening);
        return 'opened';
      }
      const own = deps.tab.getItem(TAB_SLOT_KEY);
      const reopened = own ? await openAny(own) : undefined;
      if (reopened) return reopened;
      for (const design of recent.designs) {
        if (design.slot === own || !(await deps.locks.claim(design.slot))) continue;
        const opened = await openHeld(design.slot);
        if (opened) return opened === 'restored' ? 'latest' : opened;
      }
      if (recent.designs.length === 0) {
        await openInNewSlot(example(FIRST_DESIGN));
        return 'first-visit';
      }
      await openInNewSlot(emptyTopology());
      store.getState().notify('info', 'Your designs are open in other tabs, so this tab starts a new one. Design ▸ Recent designs… lists them all.');
      return 'new';
    },
    newDesign: () => openInNewSlot(emptyTopology()),
    /**
     * A design from outside (a link, a file) in a new slot; the one left stays saved in the recent
     * list. False, with nothing changed, when the current design could not be saved first.
     */
    async openDesign(topology: Topology): Promise<boolean> {
      if (!(await autosave.flush())) return false;
      await openInNewSlot(topology);
      return true;
    },
    openExample: (name: ExampleName) => openInNewSlot(example(name)),
    async openRecent(target: string) {
      if (target === slot) return;
      const outcome = await openAny(target);
      if (outcome === 'copied') store.getState().notify('info', 'That design is open in another tab, so this tab has a copy of it.');
      if (outcome === undefined) store.getState().notify('problem', 'That design is no longer saved in this browser.');
    },
    recent: (): RecentDesign[] => readRecent(deps.local).designs,
    /** Delete a saved design (not this tab's own). */
    remove(target: string): Promise<void> {
      return target === slot ? Promise.resolve() : deleteDesign(deps.local, designs, target);
    },
    /** The page is going away: save now and let the slot go once the design is written. */
    leave(): Promise<void> {
      const left = slot;
      leaving = true;
      return autosave.flush().then(() => deps.locks.release(left));
    },
    saveNow: () => autosave.flush(),
    /** After a crash: nothing more is saved, so the design last saved stays as it was. */
    pauseSaving: () => autosave.pause(),
    /** Back after leave() (the back-forward cache): hold the slot again, or go on in a copy. */
    async rejoin() {
      leaving = false;
      if (await deps.locks.claim(slot, true)) return;
      await openInNewSlot(store.getState().document);
      store.getState().notify('info', 'This design was opened in another tab meanwhile, so this tab goes on with a copy.');
    },
  };
}

export type DesignSession = ReturnType<typeof createDesignSession>;
