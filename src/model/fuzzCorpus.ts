import * as fc from 'fast-check';
import { UNSAFE_CHARACTER } from './plainText.ts';

/**
 * Generators of hostile input for the fuzz corpus (issue 16, item 8), shared by the tests of every
 * door: links, files, pasted text, worker messages. For tests only (fast-check is a dev dependency);
 * correctness only: the time each answer takes is in the bench.
 */

/** Any text: printable, any code point, and lone surrogates (UTF-16 units one by one). */
export const anyText = (maxLength = 200) => fc.oneof(
  fc.string({ maxLength }),
  fc.string({ unit: 'binary', maxLength }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength }),
  fc.constantFrom('\u001b[2J', '\u009b31m', '\u202eexe.txt', '\u2066', '\ud800', '__proto__', 'constructor', '=1+2', '-', '1e-300', '5e-324', 'NaN'),
);

/** A JSON value anywhere, with numbers at the edges (denormals, huge, negative zero) and hostile keys. */
export const anyJson: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(null, true, false, 0, -1, 5e-324, 1e-300, 1e300, Number.MAX_SAFE_INTEGER, 0.5),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    anyText(40),
    fc.array(tie('value'), { maxLength: 6 }),
    fc.dictionary(fc.oneof(anyText(12), fc.constantFrom('__proto__', 'version', 'nodes', 'k'.repeat(70))), tie('value'), { maxKeys: 5 }),
  ),
})).value;

/**
 * A JSON document (a design, packed or not) with one value somewhere replaced by `value`: the
 * careless or hostile edit of a real design, which reaches far deeper than random JSON.
 */
export function mutateAt(document: unknown, choice: number, value: unknown): unknown {
  const copy: unknown = JSON.parse(JSON.stringify(document));
  const slots: [Record<string, unknown> | unknown[], string | number][] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach((child, i) => { slots.push([node, i]); walk(child); });
    else if (typeof node === 'object' && node !== null) for (const [key, child] of Object.entries(node)) { slots.push([node as Record<string, unknown>, key]); walk(child); }
  };
  walk(copy);
  if (slots.length === 0) return value;
  const [parent, key] = slots[choice % slots.length]!;
  (parent as Record<string | number, unknown>)[key] = value;
  return copy;
}

/** What every answer to hostile input must be: short, and free of any character that could act. */
export function isWellSaid(problems: readonly { path: string; message: string }[]): string | undefined {
  if (problems.length === 0) return 'a refusal with no problem';
  if (problems.length > 51) return `${problems.length} problems`;
  for (const { path, message } of problems) {
    if (typeof message !== 'string' || message.length === 0) return 'an empty message';
    if (message.length > 700) return `a message of ${message.length} characters: ${message.slice(0, 200)}`;
    if (path.length > 200) return `a path of ${path.length} characters`;
    if (UNSAFE_CHARACTER.test(message) || UNSAFE_CHARACTER.test(path)) return `an unsafe character in ${JSON.stringify(`${path}: ${message}`).slice(0, 300)}`;
    if (/\p{Surrogate}/u.test(message) || /\p{Surrogate}/u.test(path)) return 'a lone surrogate in a message';
  }
  return undefined;
}
