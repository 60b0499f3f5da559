import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { DesignStore } from './designStore.ts';

const DATABASE = 'iov-studio';
const DESIGNS = 'designs';
const OPEN_TIMEOUT_MS = 2000;

/**
 * The designs in IndexedDB (idb-keyval): a write takes the main thread only to copy the text, the
 * browser stores it in the background. Undefined where IndexedDB is missing or refuses to open
 * (some private modes): the caller falls back to localStorage.
 */
export async function openIdbDesignStore(): Promise<DesignStore | undefined> {
  if (typeof indexedDB === 'undefined') return undefined;
  let database: UseStore;
  try {
    database = createStore(DATABASE, DESIGNS);
    // createStore opens lazily: a first read shows whether the browser lets this page use it. An
    // open that never answers (a blocked upgrade, a broken profile) must not keep the app from starting.
    const probe = get('probe', database).then(() => true);
    const late = new Promise<false>((resolve) => setTimeout(() => resolve(false), OPEN_TIMEOUT_MS));
    if (!(await Promise.race([probe, late]))) return undefined;
  } catch {
    return undefined;
  }
  return {
    kind: 'indexeddb',
    read: async (key) => {
      const value: unknown = await get(key, database);
      return typeof value === 'string' ? value : undefined;
    },
    write: (key, text) => set(key, text, database),
    remove: (key) => del(key, database),
  };
}
