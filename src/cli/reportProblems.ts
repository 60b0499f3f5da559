import type { Problem } from '../model/index.ts';
import { EXIT, type ExitCode, type Terminal } from './command.ts';
import { plural } from './plural.ts';

/**
 * Says why an input cannot be used: every problem as `path: message` on stderr and, with --json,
 * `{ "problems": [...] }` on stdout so that a script reads the same answer. Always exit 2.
 */
export function reportProblems(command: string, source: string, problems: readonly Problem[], json: boolean, terminal: Terminal): ExitCode {
  terminal.err(`iov ${command}: cannot use ${source} (${plural(problems.length, 'problem')}):\n`);
  for (const { path, message } of problems) terminal.err(`${path}: ${message}\n`);
  if (json) terminal.out(`${JSON.stringify({ problems }, null, 2)}\n`);
  return EXIT.unusable;
}
