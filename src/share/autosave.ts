import { migrate, type Topology } from '../model/index.ts';
import type { DesignStore, KeyValueStore } from './designStore.ts';

/**
 * The local autosave: each design in its own slot (in a DesignStore: IndexedDB in the app), and a
 * list of recent designs (in a key-value store: localStorage in the app, a Map in tests). Every
 * design read back goes through migrate(), the one door for documents from outside.
 */
export type { KeyValueStore };

export type RecentDesign = { slot: string; name: string; savedAt: number };

const PREFIX = 'iov-studio:';
export const RECENT_KEY = `${PREFIX}recent`;
/** How many designs the recent list keeps; older ones are deleted with their slot. */
export const MAX_RECENT = 20;

export const designKey = (slot: string) => `${PREFIX}design:${slot}`;
export const damagedKey = (slot: string) => `${PREFIX}damaged:${slot}`;

/** A new slot id: time, then randomness, so two tabs starting at once never share one. */
export function createSlotId(now = Date.now(), random = Math.random): string {
  return `${now.toString(36)}-${Math.floor(random() * 36 ** 6).toString(36).padStart(6, '0')}`;
}

const isRecent = (value: unknown): value is RecentDesign => {
  const entry = value as RecentDesign | null;
  return typeof entry === 'object' && entry !== null && typeof entry.slot === 'string' && /^[\w-]{1,64}$/.test(entry.slot)
    && typeof entry.name === 'string' && typeof entry.savedAt === 'number';
};

/** The recent designs, newest first; `damaged` when the list could not be read (it is then empty). */
export function readRecent(storage: KeyValueStore): { designs: RecentDesign[]; damaged: boolean } {
  const text = storage.getItem(RECENT_KEY);
  if (text === null) return { designs: [], damaged: false };
  try {
    const list: unknown = JSON.parse(text);
    if (!Array.isArray(list)) return { designs: [], damaged: true };
    const designs = list.filter(isRecent);
    return { designs, damaged: designs.length !== list.length };
  } catch {
    return { designs: [], damaged: true };
  }
}

export type SaveResult = { ok: true } | { ok: false; message: string };

/** Whether an error from setItem means the storage is full (each browser says it its own way). */
export function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error) && !(typeof DOMException !== 'undefined' && error instanceof DOMException)) return false;
  const { name, code } = error as DOMException;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

export const QUOTA_MESSAGE =
  'Autosave failed: the browser’s storage for IOV Studio is full, so your latest changes are not saved. Delete old designs (Design ▸ Recent designs…) to make room.';

/**
 * Save a design in its slot and put it first in the recent list. The JSON is made at once (the
 * design as it is now); the store writes it in the background. A full storage is reported, never
 * ignored.
 */
export async function saveDesign(local: KeyValueStore, designs: DesignStore, slot: string, topology: Topology, now: number): Promise<SaveResult> {
  try {
    await designs.write(designKey(slot), JSON.stringify(topology));
    const { designs: recent } = readRecent(local);
    const others = recent.filter((d) => d.slot !== slot);
    const kept = [{ slot, name: topology.name, savedAt: now }, ...others].slice(0, MAX_RECENT);
    local.setItem(RECENT_KEY, JSON.stringify(kept));
    for (const dropped of others.slice(MAX_RECENT - 1)) await designs.remove(designKey(dropped.slot));
    return { ok: true };
  } catch (error) {
    if (isQuotaError(error)) return { ok: false, message: QUOTA_MESSAGE };
    return { ok: false, message: `Autosave failed (${error instanceof Error ? error.message : 'the browser refused'}): your latest changes are not saved.` };
  }
}

export type LoadResult =
  | { ok: true; topology: Topology }
  | { ok: false; missing: true }
  | { ok: false; missing: false; reason: string };

/** Read a design back from its slot, through migrate(). */
export async function loadDesign(designs: DesignStore, slot: string): Promise<LoadResult> {
  let text: string | undefined;
  try {
    text = await designs.read(designKey(slot));
  } catch (error) {
    return { ok: false, missing: false, reason: `the browser could not read it (${error instanceof Error ? error.message : 'refused'})` };
  }
  if (text === undefined) return { ok: false, missing: true };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, missing: false, reason: 'it is not valid JSON' };
  }
  const result = migrate(data);
  if (result.ok) return { ok: true, topology: result.topology };
  const [first] = result.problems;
  return { ok: false, missing: false, reason: first ? `${first.path} ${first.message}` : 'it is not a design' };
}

/** Move a damaged design aside (kept, not retried) and out of the recent list. */
export async function setAsideDamaged(local: KeyValueStore, designs: DesignStore, slot: string): Promise<void> {
  try {
    const text = await designs.read(designKey(slot));
    if (text !== undefined) await designs.write(damagedKey(slot), text);
  } catch {
    // No room to keep the damaged copy: it is removed below all the same, so it is not read again.
  }
  forget(local, slot);
  await designs.remove(designKey(slot)).catch(() => {});
}

/** Delete a design and its entry in the recent list. */
export async function deleteDesign(local: KeyValueStore, designs: DesignStore, slot: string): Promise<void> {
  forget(local, slot);
  await designs.remove(designKey(slot)).catch(() => {});
}

function forget(local: KeyValueStore, slot: string) {
  const { designs } = readRecent(local);
  try {
    local.setItem(RECENT_KEY, JSON.stringify(designs.filter((d) => d.slot !== slot)));
  } catch {
    local.removeItem(RECENT_KEY);
  }
}

/**
 * Designs autosaved in localStorage by earlier versions move to the design store, once: each is
 * written there first and removed from localStorage only then, so a failure loses nothing (the
 * next start tries again). A slot the store already holds keeps the store's (newer) copy.
 */
export async function moveDesignsFromLocal(local: KeyValueStore, localKeys: readonly string[], designs: DesignStore): Promise<number> {
  if (designs.kind === 'key-value') return 0;
  let moved = 0;
  for (const key of localKeys) {
    if (!key.startsWith(`${PREFIX}design:`) && !key.startsWith(`${PREFIX}damaged:`)) continue;
    const text = local.getItem(key);
    if (text === null) continue;
    try {
      if ((await designs.read(key)) === undefined) await designs.write(key, text);
      local.removeItem(key);
      moved++;
    } catch {
      // Left in localStorage: read from there again at the next start.
    }
  }
  return moved;
}
