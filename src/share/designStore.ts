/** A synchronous key-value store: localStorage, sessionStorage, or a Map in tests (memoryStorage.ts). */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * Where autosaved designs live: IndexedDB in the browser (idbDesignStore.ts), written off the main
 * thread and with room for large racks; a key-value store (localStorage, or a Map in tests) where
 * IndexedDB is missing. Values are the designs' JSON text. Every method may reject: a full quota,
 * a storage the browser closed. The small things (the recent list, the tab's slot, the locks) stay
 * in localStorage, read synchronously while the page starts.
 */
export type DesignStore = {
  read(key: string): Promise<string | undefined>;
  write(key: string, text: string): Promise<void>;
  remove(key: string): Promise<void>;
  /** Which kind of store this is, for the note a user reads when saving fails. */
  readonly kind: 'indexeddb' | 'key-value';
};

/** A DesignStore over a synchronous key-value store: the fallback, and the one unit tests use. */
export function keyValueDesignStore(storage: KeyValueStore): DesignStore {
  return {
    kind: 'key-value',
    read: async (key) => storage.getItem(key) ?? undefined,
    write: async (key, text) => storage.setItem(key, text),
    remove: async (key) => storage.removeItem(key),
  };
}
