import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { example } from '../model/index.ts';
import { memoryStorage } from '../share/memoryStorage.ts';
import { keyValueDesignStore } from '../share/designStore.ts';
import { damagedKey, designKey, loadDesign, readRecent, saveDesign } from '../share/autosave.ts';
import { createSlotLocks, type SlotLocks } from '../share/designLock.ts';
import { AUTOSAVE_MAX_DELAY_MS } from './autosaveWiring.ts';
import { createAppStore } from './createAppStore.ts';
import { createDesignSession } from './session.ts';

/** The browser's locks, shared by every tab of a test: a slot is held by one tab at a time. */
function browserLocks() {
  const holders = new Map<string, string>();
  return (tab: string): SlotLocks => ({
    claim: async (slot) => {
      const holder = holders.get(slot);
      if (holder && holder !== tab) return false;
      holders.set(slot, tab);
      return true;
    },
    release: (slot) => {
      if (holders.get(slot) === tab) holders.delete(slot);
    },
  });
}

/** A browser: one localStorage, and tabs, each with its sessionStorage and store. */
function browser() {
  const local = memoryStorage();
  const locksFor = browserLocks();
  let next = 0;
  const open = (name: string, tab = memoryStorage()) => {
    const store = createAppStore();
    const session = createDesignSession(store, { local, tab, locks: locksFor(name), newSlotId: () => `slot${++next}` });
    return { store, session, tab };
  };
  return { local, open };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('which design a tab opens', () => {
  it('opens the virtualized rack on a first visit, saved in its own slot', async () => {
    const { local, open } = browser();
    const { store, session } = open('tab-a');
    expect(await session.start()).toBe('first-visit');
    expect(store.getState().document.name).toBe('Virtualized rack');
    expect(readRecent(local).designs.map((d) => d.slot)).toEqual(['slot1']);
  });

  it('restores the edited design after a reload of the same tab', async () => {
    const { open } = browser();
    const first = open('tab-a');
    await first.session.start();
    first.store.getState().renameDesign('My rack');
    first.store.getState().remove(['s8']);
    await first.session.leave();
    const reloaded = open('tab-a2', first.tab);
    expect(await reloaded.session.start()).toBe('restored');
    expect(reloaded.session.slot).toBe('slot1');
    expect(reloaded.store.getState().document.name).toBe('My rack');
    expect(reloaded.store.getState().document.nodes.some((n) => n.id === 's8')).toBe(false);
    expect(reloaded.store.temporal.getState().pastStates).toHaveLength(0);
  });

  it('gives a second tab a design of its own, so neither overwrites the other', async () => {
    const { local, open } = browser();
    const a = open('tab-a');
    await a.session.start();
    const b = open('tab-b');
    expect(await b.session.start()).toBe('new');
    expect(b.store.getState().notice?.text).toMatch(/open in other tabs/);
    b.store.getState().addNode('server', { x: 0, y: 0 });
    a.store.getState().renameDesign('Tab A’s work');
    await vi.advanceTimersByTimeAsync(1000);
    expect(await loadDesign(keyValueDesignStore(local), 'slot1')).toMatchObject({ ok: true, topology: { name: 'Tab A’s work' } });
    expect(await loadDesign(keyValueDesignStore(local), 'slot2')).toMatchObject({ ok: true, topology: { name: 'Untitled design', nodes: [{ id: 's1' }] } });
  });

  it('gives a duplicated tab a copy, never the original’s slot', async () => {
    const { open } = browser();
    const a = open('tab-a');
    await a.session.start();
    const duplicate = open('tab-dup', memoryStorage());
    duplicate.tab.setItem('iov-studio:tab-slot', 'slot1');
    expect(await duplicate.session.start()).toBe('copied');
    expect(duplicate.session.slot).toBe('slot2');
    expect(duplicate.store.getState().document.name).toBe('Virtualized rack');
  });

  it('restores the tab’s own design after a reload whose page saved once more as it unloaded', async () => {
    const local = memoryStorage();
    const tab = memoryStorage();
    const holders = new Map<string, string>();
    const locks = (name: string): SlotLocks => ({
      claim: async (slot) => (holders.get(slot) ?? name) === name && (holders.set(slot, name), true),
      release: (slot) => void (holders.get(slot) === name && holders.delete(slot)),
      holds: (slot) => holders.get(slot) === name,
    });
    let next = 0;
    const open = (name: string) => {
      const store = createAppStore();
      return { store, session: createDesignSession(store, { local, tab, locks: locks(name), newSlotId: () => `slot${++next}` }) };
    };
    const first = open('page-1');
    await first.session.start();
    await first.session.openDesign(example('classic-rack'));
    await first.session.leave();
    // The page hidden as it unloads: a save after its slot was let go is no lost slot, no copy.
    await first.session.saveNow();
    expect(tab.getItem('iov-studio:tab-slot')).toBe('slot2');
    const reloaded = open('page-2');
    expect(await reloaded.session.start()).toBe('restored');
    expect(reloaded.store.getState().document.name).toBe('Classic rack');
  });

  it('opens the newest design no other tab holds, in a fresh tab', async () => {
    const { local, open } = browser();
    await saveDesign(local, keyValueDesignStore(local), 'old', example('classic-rack'), 1);
    const a = open('tab-a');
    expect(await a.session.start()).toBe('latest');
    expect(a.session.slot).toBe('old');
    expect(a.store.getState().document.name).toBe('Classic rack');
  });

  it('sets a damaged autosave aside, says why, and opens the example', async () => {
    const { local, open } = browser();
    await saveDesign(local, keyValueDesignStore(local), 'broken', example('classic-rack'), 1);
    local.setItem(designKey('broken'), '{"version":1,"nodes":[{"kind":"server"}');
    const a = open('tab-a');
    expect(await a.session.start()).toBe('damaged');
    expect(a.store.getState().document.name).toBe('Virtualized rack');
    expect(a.store.getState().notice).toMatchObject({
      tone: 'problem',
      text: 'Your autosaved design could not be restored (it is not valid JSON). It was set aside, and the Virtualized rack example is open instead.',
    });
    expect(local.getItem(damagedKey('broken'))).toContain('"nodes"');
  });
});

describe('opening designs from the menu', () => {
  it('opens an example or a new design in a new slot, keeping the last one in the recent list', async () => {
    const { open } = browser();
    const a = open('tab-a');
    await a.session.start();
    await a.session.openExample('classic-rack');
    expect(a.store.getState().document.name).toBe('Classic rack');
    await a.session.newDesign();
    expect(a.store.getState().document.nodes).toEqual([]);
    expect(a.session.recent().map((d) => d.name)).toEqual(['Untitled design', 'Classic rack', 'Virtualized rack']);
    await a.session.openRecent('slot1');
    expect(a.store.getState().document.name).toBe('Virtualized rack');
  });

  it('opens a copy of a recent design another tab holds', async () => {
    const { open } = browser();
    const a = open('tab-a');
    await a.session.start();
    const b = open('tab-b');
    await b.session.start();
    await b.session.openRecent('slot1');
    expect(b.session.slot).toBe('slot3');
    expect(b.store.getState().notice?.text).toBe('That design is open in another tab, so this tab has a copy of it.');
  });
});

describe('the autosave', () => {
  it('is never more than 500 ms behind, however long the editing goes on', async () => {
    const { local, open } = browser();
    const a = open('tab-a');
    await a.session.start();
    const savedAt: number[] = [];
    const setItem = local.setItem.bind(local);
    local.setItem = (key, value) => {
      if (key === designKey('slot1')) savedAt.push(Date.now());
      setItem(key, value);
    };
    const start = Date.now();
    for (let i = 0; i < 30; i++) {
      a.store.getState().moveBy(['s1'], { x: 1, y: 0 });
      await vi.advanceTimersByTimeAsync(100);
    }
    await vi.advanceTimersByTimeAsync(1000);
    const gaps = savedAt.map((t, i) => t - (i === 0 ? start : savedAt[i - 1]!));
    expect(Math.max(...gaps)).toBeLessThanOrEqual(AUTOSAVE_MAX_DELAY_MS);
    const saved = await loadDesign(keyValueDesignStore(local), 'slot1');
    expect(saved.ok && saved.topology.nodes.find((n) => n.id === 's1')?.position).toEqual({ x: 30, y: 0 });
  });

  it('reports a full storage until a save succeeds again', async () => {
    const { local, open } = browser();
    const a = open('tab-a');
    await a.session.start();
    const setItem = local.setItem.bind(local);
    local.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); };
    a.store.getState().renameDesign('Bigger');
    await vi.advanceTimersByTimeAsync(600);
    expect(a.store.getState().persistentProblem).toMatch(/storage for IOV Studio is full/);
    local.setItem = setItem;
    a.store.getState().renameDesign('Smaller');
    await vi.advanceTimersByTimeAsync(600);
    expect(a.store.getState().persistentProblem).toBeNull();
  });
});

describe('after a crash', () => {
  it('saves nothing more, so a reload reopens the design as last saved', async () => {
    const { local, open } = browser();
    const first = open('tab-a');
    await first.session.start();
    first.store.getState().remove(['s8']);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MAX_DELAY_MS);
    first.session.pauseSaving();
    // What follows the crash: an edit, its debounced save, and the page going away.
    first.store.getState().remove(['s7']);
    await vi.advanceTimersByTimeAsync(10 * AUTOSAVE_MAX_DELAY_MS);
    expect(await first.session.saveNow()).toBe(false);
    await first.session.leave();
    const saved = await loadDesign(keyValueDesignStore(local), 'slot1');
    expect(saved.ok && saved.topology.nodes.map((n) => n.id)).toContain('s7');
    expect(saved.ok && saved.topology.nodes.map((n) => n.id)).not.toContain('s8');
    const reloaded = open('tab-a2', first.tab);
    expect(await reloaded.session.start()).toBe('restored');
    expect(reloaded.store.getState().document.nodes.map((n) => n.id)).toContain('s7');
  });
});

describe('two tabs where the browser has no Web Locks (the heartbeat)', () => {
  it('never overwrite each other: a tab that lost its slot goes on in a copy', async () => {
    const local = memoryStorage();
    let next = 0;
    const open = (tabId: string) => {
      const store = createAppStore();
      const session = createDesignSession(store, { local, tab: memoryStorage(), locks: createSlotLocks(local, tabId), newSlotId: () => `slot${++next}` });
      return { store, session };
    };
    const a = open('tab-a');
    await a.session.start();
    expect(a.session.slot).toBe('slot1');
    // Tab A in the background: its timers slowed down, its heartbeat looks stale to a new tab.
    local.setItem('iov-studio:slot:slot1', JSON.stringify({ tab: 'tab-a', at: Date.now() - 10_000 }));
    const b = open('tab-b');
    await b.session.start();
    expect(b.session.slot).toBe('slot1');
    b.store.getState().renameDesign('Edited in tab B');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MAX_DELAY_MS);

    a.store.getState().renameDesign('Edited in tab A');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MAX_DELAY_MS);
    expect(a.session.slot).toBe('slot2');
    expect(a.store.getState().notice?.text).toBe('This design was opened in another tab meanwhile, so this tab goes on with a copy.');
    const saved = async (slot: string) => { const loaded = await loadDesign(keyValueDesignStore(local), slot); return loaded.ok ? loaded.topology.name : loaded; };
    expect(await saved('slot1')).toBe('Edited in tab B');
    expect(await saved('slot2')).toBe('Edited in tab A');
    // A's heartbeat, when it comes, does not take the slot back.
    await vi.advanceTimersByTimeAsync(4000);
    b.store.getState().renameDesign('Tab B again');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MAX_DELAY_MS);
    expect(b.session.slot).toBe('slot1');
    expect(await saved('slot1')).toBe('Tab B again');
  });
});
