import type { Terminal } from './command.ts';

/** Tables are wrapped at this width when stdout is not a terminal (a pipe, a file, a test). */
export const DEFAULT_WIDTH = 100;

/** The process's own stdout and stderr, with colour only for a person at a terminal. */
export function createProcessTerminal(): Terminal {
  const isTty = process.stdout.isTTY === true;
  // https://no-color.org: any non-empty NO_COLOR turns colours off; TERM=dumb cannot show them.
  const noColor = (process.env.NO_COLOR ?? '') !== '' || process.env.TERM === 'dumb';
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    width: isTty && process.stdout.columns ? process.stdout.columns : DEFAULT_WIDTH,
    color: isTty && !noColor,
  };
}

const STYLES = { red: 31, yellow: 33, cyan: 36, bold: 1, dim: 2 } as const;
export type Style = keyof typeof STYLES;

/** Wraps text in an ANSI style when colours are on; apply it after padding, so widths stay right. */
export function paint(text: string, style: Style, color: boolean): string {
  return color ? `\u001b[${STYLES[style]}m${text}\u001b[0m` : text;
}
