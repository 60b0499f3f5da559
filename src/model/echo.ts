import { UNSAFE_CHARACTER } from './plainText.ts';

/**
 * How a value from outside (a link, a file, a message, an argument) is shown back in a message:
 * never whole, never raw. A hostile value can be 900,000 characters long (the whole of a link's
 * 1 MB inflate cap) or carry escape sequences for the terminal and bidi overrides that make text
 * read backwards; shown raw it froze the page for a minute and could rewrite the terminal.
 */
export const MAX_ECHO_CHARS = 120;

/** `\u001b`, `\u202e`: the code of a character that must not be shown as itself. */
function escapeCode(code: number): string {
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Whether the UTF-16 unit at `i` is half of a surrogate pair whose other half is missing. */
function isLoneSurrogate(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = text.charCodeAt(i + 1);
    return !(next >= 0xdc00 && next <= 0xdfff);
  }
  if (code >= 0xdc00 && code <= 0xdfff) {
    const previous = text.charCodeAt(i - 1);
    return !(previous >= 0xd800 && previous <= 0xdbff);
  }
  return false;
}

/**
 * Control characters (C0, DEL, C1), bidi overrides and isolates and lone surrogates written as
 * visible escapes (`\u001b`); everything else as it is. For text already short, such as a message
 * assembled from echoed parts.
 */
export function escapeUnsafe(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    out += UNSAFE_CHARACTER.test(ch) || isLoneSurrogate(text, i) ? escapeCode(ch.charCodeAt(0)) : ch;
  }
  return out;
}

/**
 * A value from outside as a message may show it: unsafe characters escaped, and at most
 * MAX_ECHO_CHARS characters of it, then how long it really was: `xxxx… (900,000 characters)`.
 * Reads no further than it shows, so the cost does not grow with the value.
 */
export function echoText(text: string): string {
  let out = '';
  let i = 0;
  for (; i < text.length; i++) {
    const ch = text[i]!;
    const shown = UNSAFE_CHARACTER.test(ch) || isLoneSurrogate(text, i) ? escapeCode(ch.charCodeAt(0)) : ch;
    if (out.length + shown.length > MAX_ECHO_CHARS) break;
    out += shown;
  }
  if (i >= text.length) return out;
  // Never end on the first half of a pair (it would show as a broken character).
  const code = out.charCodeAt(out.length - 1);
  if (code >= 0xd800 && code <= 0xdbff) out = out.slice(0, -1);
  return `${out}… (${text.length.toLocaleString('en-US')} characters)`;
}

/** Any value, named for a message: strings quoted and capped, containers by what they are. */
export function echoValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `"${echoText(value)}"`;
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return typeof value;
}
