/**
 * Labels and names are plain text: rendered as text, never as markup, and free of control
 * characters (which would break a table in the terminal or a line in a file).
 * Built from strings so that the pattern can be published in the JSON Schema.
 */
const CONTROL = '\\u0000-\\u001f\\u007f';

export const PLAIN_TEXT_PATTERN = new RegExp(`^[^${CONTROL}]*$`);
export const CONTROL_CHARACTERS = new RegExp(`[${CONTROL}]`, 'g');
