/**
 * Labels and names are plain text: rendered as text, never as markup, and free of the characters
 * that would break a table in the terminal or a line in a file, or make text lie about itself:
 * C0 controls and DEL, C1 controls (U+0080–U+009F: 8-bit CSI and OSC sequences on some terminals),
 * and the bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which reorder
 * the text around them. The marks LRM and RLM (U+200E, U+200F) stay allowed: Arabic and Hebrew
 * labels need them, and they reorder nothing beyond themselves.
 * Built from strings so that the pattern can be published in the JSON Schema.
 */
const UNSAFE = '\\u0000-\\u001f\\u007f-\\u009f\\u202a-\\u202e\\u2066-\\u2069';

export const PLAIN_TEXT_PATTERN = new RegExp(`^[^${UNSAFE}]*$`);
export const CONTROL_CHARACTERS = new RegExp(`[${UNSAFE}]`, 'g');
/** One unsafe character (no `g`: safe to `test` repeatedly). */
export const UNSAFE_CHARACTER = new RegExp(`[${UNSAFE}]`);

/** A surrogate without its pair: no character at all, and an export (UTF-8) cannot encode it. */
const LONE_SURROGATE = /\p{Surrogate}/u;

export function hasLoneSurrogate(text: string): boolean {
  return LONE_SURROGATE.test(text);
}

/** Lone surrogates replaced by U+FFFD, the replacement character, as a UTF-8 encoder would. */
export function withoutLoneSurrogates(text: string): string {
  return text.replace(/\p{Surrogate}/gu, '\ufffd');
}
