import { parseArgs } from 'node:util';
import { echoValue, escapeUnsafe, MAX_ECHO_CHARS } from '../model/index.ts';
import type { Command, CommandInput } from './command.ts';

export type ParsedCommandArgs = (CommandInput & { help: boolean }) | { error: string; help: boolean };

/**
 * The options and positionals of one command, strictly: an unknown option or a wrong number of
 * arguments is an error to report (exit 2), never something to guess at.
 */
export function parseCommandArgs(command: Command, args: readonly string[]): ParsedCommandArgs {
  const options = Object.fromEntries(
    Object.entries(command.options).map(([name, { type, short, multiple }]) => [name, { type, ...(short ? { short } : {}), ...(multiple ? { multiple } : {}) }]),
  );
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    // parseArgs explains itself ("Unknown option '--jsn'"); its advice about '--' is noise here.
    // It quotes the argument as given: escaped and cut short, as every echo is (model/echo.ts).
    const raw = error instanceof Error ? error.message.replace(/\. To specify a positional argument.*$/s, '') : String(error);
    const message = escapeUnsafe(raw.length > 2 * MAX_ECHO_CHARS ? `${raw.slice(0, 2 * MAX_ECHO_CHARS)}…` : raw);
    return { error: message, help: args.includes('--help') || args.includes('-h') };
  }
  const { help, ...values } = parsed.values as Record<string, string | boolean | string[] | undefined>;
  const wantsHelp = help === true;
  const expected = command.positionals;
  const given = parsed.positionals;
  if (given.length < expected.length) {
    return { error: `missing ${expected.slice(given.length).join(' ')}`, help: wantsHelp };
  }
  if (given.length > expected.length && !command.variadic) {
    return { error: `unexpected argument ${echoValue(given[expected.length])}`, help: wantsHelp };
  }
  return { positionals: given, options: values, help: wantsHelp };
}
