import { migrate, type Topology } from '../model/index.ts';

/**
 * The local autosave: each design in its own slot, and a list of recent designs. Pure over a
 * key-value store (localStorage in the app, a Map in tests). Every design read back goes through
 * migrate(), the one door for documents from outside.
 */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

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

/** Save a design in its slot and put it first in the recent list. A full storage is reported, never ignored. */
export function saveDesign(storage: KeyValueStore, slot: string, topology: Topology, now: number): SaveResult {
  try {
    storage.setItem(designKey(slot), JSON.stringify(topology));
    const { designs } = readRecent(storage);
    const others = designs.filter((d) => d.slot !== slot);
    const kept = [{ slot, name: topology.name, savedAt: now }, ...others].slice(0, MAX_RECENT);
    storage.setItem(RECENT_KEY, JSON.stringify(kept));
    for (const dropped of others.slice(MAX_RECENT - 1)) storage.removeItem(designKey(dropped.slot));
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
export function loadDesign(storage: KeyValueStore, slot: string): LoadResult {
  const text = storage.getItem(designKey(slot));
  if (text === null) return { ok: false, missing: true };
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
export function setAsideDamaged(storage: KeyValueStore, slot: string): void {
  try {
    const text = storage.getItem(designKey(slot));
    if (text !== null) storage.setItem(damagedKey(slot), text);
  } catch {
    // No room to keep the damaged copy: it is removed below all the same, so it is not read again.
  }
  storage.removeItem(designKey(slot));
  forget(storage, slot);
}

/** Delete a design and its entry in the recent list. */
export function deleteDesign(storage: KeyValueStore, slot: string): void {
  storage.removeItem(designKey(slot));
  forget(storage, slot);
}

function forget(storage: KeyValueStore, slot: string) {
  const { designs } = readRecent(storage);
  try {
    storage.setItem(RECENT_KEY, JSON.stringify(designs.filter((d) => d.slot !== slot)));
  } catch {
    storage.removeItem(RECENT_KEY);
  }
}
