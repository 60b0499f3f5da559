import type { KeyValueStore } from './autosave.ts';

/**
 * localStorage as a Map: for tests, and for a browser that refuses storage (the app then works,
 * and says that nothing is saved). Past `capacity` characters, setItem throws as browsers do.
 */
export function memoryStorage(capacity = Infinity): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem(key, value) {
      const used = [...data].reduce((n, [k, v]) => n + (k === key ? 0 : k.length + v.length), 0);
      if (used + key.length + value.length > capacity) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      data.set(key, value);
    },
    removeItem: (key) => void data.delete(key),
  };
}
