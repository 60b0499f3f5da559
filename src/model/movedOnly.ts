import type { Topology } from './schema.ts';

/**
 * Whether `next` is `previous` with some nodes moved and nothing else changed. The rules, routes and
 * offered loads read no position, so what they found for `previous` holds for `next`: the end of a
 * drag or a nudge need not run them again. Operations keep the objects they do not change, so
 * comparing references is enough (and never says "moved only" wrongly: a new object is a change).
 */
export function movedOnly(previous: Topology, next: Topology): boolean {
  if (previous === next) return true;
  if (!sameExcept(previous, next, 'nodes') || previous.nodes.length !== next.nodes.length) return false;
  return next.nodes.every((node, i) => sameExcept(previous.nodes[i]!, node, 'position'));
}

function sameExcept<T extends object>(a: T, b: T, key: keyof T): boolean {
  if (a === b) return true;
  const keys = Object.keys(b) as (keyof T)[];
  if (keys.length !== Object.keys(a).length) return false;
  return keys.every((k) => k === key || a[k] === b[k]);
}
