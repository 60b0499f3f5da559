import type { KeyValueStore } from './autosave.ts';

/**
 * One tab per design slot, so two tabs never overwrite each other's work. With the Web Locks API
 * a tab holds its slot's lock while it lives; the browser frees it when the tab goes, even if it
 * crashes. Where that API is missing (a page served over plain http from another machine), a
 * heartbeat in localStorage does the same, less exactly.
 */
export type SlotLocks = {
  /**
   * Try to hold a slot; false when another tab holds it. `patient`: ask again for half a second,
   * for the slot of a page that is reloading (its old page may not have let go yet).
   */
  claim(slot: string, patient?: boolean): Promise<boolean>;
  release(slot: string): void;
  /**
   * Whether this tab still holds the slot, asked before each save. The heartbeat can be lost (a
   * background tab's timers slowed to one a minute let another tab take the slot as stale); a tab
   * that lost its slot must not write to it, or it overwrites the other tab's design.
   */
  holds?(slot: string): boolean;
};

const LOCK_PREFIX = 'iov-studio:slot:';
/** A reloading page may still hold its lock for a moment: ask again this often, this many times. */
const RETRY_MS = 100;
const RETRIES = 5;

export function createSlotLocks(storage: KeyValueStore, tabId: string): SlotLocks {
  return typeof navigator !== 'undefined' && navigator.locks ? webLocks() : heartbeatLocks(storage, tabId);
}

function webLocks(): SlotLocks {
  const held = new Map<string, () => void>();
  const tryOnce = (slot: string) => new Promise<boolean>((resolve) => {
    void navigator.locks.request(`${LOCK_PREFIX}${slot}`, { ifAvailable: true }, (lock) => {
      if (!lock) return resolve(false);
      resolve(true);
      // Held until release() resolves this promise, or the tab goes away.
      return new Promise<void>((release) => held.set(slot, release));
    });
  });
  return {
    async claim(slot, patient = false) {
      if (held.has(slot)) return true;
      for (let attempt = 0; attempt < (patient ? RETRIES : 1); attempt++) {
        if (attempt > 0) await new Promise((r) => setTimeout(r, RETRY_MS));
        if (await tryOnce(slot)) return true;
      }
      return false;
    },
    release(slot) {
      held.get(slot)?.();
      held.delete(slot);
    },
    holds: (slot) => held.has(slot),
  };
}

/**
 * The heartbeat: the holder writes its tab id and the time every 2 s, and removes it when the page
 * goes (pagehide, so a reload frees it at once); a holder silent for 6 s has crashed.
 */
const BEAT_MS = 2000;
const STALE_MS = 6000;

const key = (slot: string) => `${LOCK_PREFIX}${slot}`;

function heartbeatLocks(storage: KeyValueStore, tabId: string): SlotLocks {
  const beats = new Map<string, ReturnType<typeof setInterval>>();
  const holder = (slot: string): { tab: string; at: number } | undefined => {
    try {
      return JSON.parse(storage.getItem(key(slot)) ?? 'null') ?? undefined;
    } catch {
      return undefined;
    }
  };
  const heldByOther = (slot: string) => {
    const current = holder(slot);
    return !!current && current.tab !== tabId && Date.now() - current.at < STALE_MS;
  };
  /** A beat never takes the slot back from a tab that took it meanwhile: it stops instead. */
  const beat = (slot: string) => {
    if (heldByOther(slot)) {
      clearInterval(beats.get(slot));
      beats.delete(slot);
      return;
    }
    storage.setItem(key(slot), JSON.stringify({ tab: tabId, at: Date.now() }));
  };
  return {
    async claim(slot) {
      if (heldByOther(slot)) return false;
      clearInterval(beats.get(slot));
      storage.setItem(key(slot), JSON.stringify({ tab: tabId, at: Date.now() }));
      beats.set(slot, setInterval(() => beat(slot), BEAT_MS));
      return true;
    },
    release(slot) {
      clearInterval(beats.get(slot));
      beats.delete(slot);
      if (holder(slot)?.tab === tabId) storage.removeItem(key(slot));
    },
    holds: (slot) => holder(slot)?.tab === tabId,
  };
}
