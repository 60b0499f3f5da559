/**
 * A copy without the keys whose value is undefined: a patch says "remove this optional field" with
 * `undefined`, and the document must then not hold the key at all (JSON drops it, and equality,
 * hashes and links compare what JSON keeps).
 */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}
