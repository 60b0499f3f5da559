import { echoText } from './echo.ts';
import { formatPath } from './problems.ts';

/** No field of the format has a longer name; anything longer is unknown, and refused unread. */
export const MAX_KEY_CHARS = 64;

type Visit = { value: unknown; key: string | number; parent: Visit | null };

/**
 * The first field name longer than MAX_KEY_CHARS anywhere in a parsed document, with its place,
 * or undefined. Walked with a stack and parent links, not recursion nor copied paths: a hostile
 * file may nest a hundred thousand levels, and the cost must stay linear in its size.
 */
export function findOverlongKey(document: unknown): { path: string; key: string } | undefined {
  const stack: Visit[] = [{ value: document, key: '', parent: null }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    const { value } = visit;
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], key: i, parent: visit });
      continue;
    }
    for (const key of Object.keys(value)) {
      if (key.length > MAX_KEY_CHARS) return { path: echoText(formatPath(pathOf(visit))), key };
      stack.push({ value: (value as Record<string, unknown>)[key], key, parent: visit });
    }
  }
  return undefined;
}

function pathOf(visit: Visit): (string | number)[] {
  const path: (string | number)[] = [];
  for (let v: Visit | null = visit; v?.parent; v = v.parent) path.push(v.key);
  return path.toReversed();
}
