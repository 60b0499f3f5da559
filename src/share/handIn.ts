import { CONTROL_CHARACTERS, withoutLoneSurrogates } from '../model/plainText.ts';

/**
 * A student's name on a hand-in (`n` in the link): plain text, one line, at most 40 characters.
 * Control characters and bidi overrides go (they could disguise a name in the grade sheet), spaces
 * are collapsed; what is left is shown as text, never as markup.
 */
export const MAX_NAME_CHARS = 40;

// Zero-width characters and the BOM too: a name that looks like another's must not be one.
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;

export function cleanStudentName(raw: string): string {
  const visible = withoutLoneSurrogates(raw).replace(CONTROL_CHARACTERS, ' ').replace(INVISIBLE, '');
  return [...visible.replace(/\s+/g, ' ').trim()].slice(0, MAX_NAME_CHARS).join('').trim();
}

/** The hand-in time (`t`): whole seconds since 1970, UTC; anything else is no time. */
export function parseHandInTime(value: string): number | undefined {
  if (!/^\d{1,11}$/.test(value)) return undefined;
  const seconds = Number(value);
  return seconds > 0 ? seconds : undefined;
}
