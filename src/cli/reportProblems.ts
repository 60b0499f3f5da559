import { echoText, escapeUnsafe, type Problem } from '../model/index.ts';
import { EXIT, type ExitCode, type Terminal } from './command.ts';
import { plural } from './plural.ts';

/**
 * Says why an input cannot be used: every problem as `path: message` on stderr and, with --json,
 * `{ "problems": [...] }` on stdout so that a script reads the same answer. Always exit 2.
 * Values from the input inside the messages are capped where they are made (model/echo.ts); the
 * lines are escaped once more here, so that nothing reaches the terminal as a control sequence.
 */
export function reportProblems(command: string, source: string, problems: readonly Problem[], json: boolean, terminal: Terminal): ExitCode {
  terminal.err(`iov ${command}: cannot use ${echoText(source)} (${plural(problems.length, 'problem')}):\n`);
  for (const { path, message } of problems) terminal.err(`${escapeUnsafe(path)}: ${escapeUnsafe(message)}\n`);
  if (json) terminal.out(`${JSON.stringify({ problems }, null, 2)}\n`);
  return EXIT.unusable;
}
