/** Whether two plain values (objects, arrays, primitives: what toFlow makes) are equal all the way down. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  if (keysA.length !== Object.keys(b).length) return false;
  return keysA.every((key) => Object.hasOwn(b, key) && deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/**
 * The new list, with each element that equals its predecessor (same id) replaced by that
 * predecessor: after an edit, React Flow then re-renders only the nodes and edges that changed,
 * not all 400 of a large design.
 */
export function keepUnchanged<T extends { id: string }>(previous: readonly T[], next: readonly T[]): T[] {
  const before = new Map(previous.map((item) => [item.id, item]));
  return next.map((item) => {
    const old = before.get(item.id);
    return old && deepEqual(old, item) ? old : item;
  });
}

/** keepUnchanged over successive results: give it each new list, get back one sharing what did not change. */
export function createSharing<T extends { id: string }>() {
  let previous: readonly T[] = [];
  return (next: readonly T[]): T[] => {
    const shared = keepUnchanged(previous, next);
    previous = shared;
    return shared;
  };
}
