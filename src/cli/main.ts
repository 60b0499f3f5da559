// The entry of the command line `iov` (bin/iov.mjs imports it once tsx is registered).
// It imports the domain core only: never React, never the store (ARCHITECTURE.md, Boundaries).
import { readFileSync } from 'node:fs';
import { echoText, echoValue } from '../model/index.ts';
import { checkCommand } from './checkCommand.ts';
import { EXIT, type Command, type ExitCode, type Terminal } from './command.ts';
import { exampleCommand } from './exampleCommand.ts';
import { examplesCommand } from './examplesCommand.ts';
import { commandHelp, programHelp } from './help.ts';
import { parseCommandArgs } from './parseCommandArgs.ts';
import { simulateCommand } from './simulateCommand.ts';
import { linkCommand } from './linkCommand.ts';
import { openCommand } from './openCommand.ts';
import { compareCommand } from './compareCommand.ts';
import { sizeCommand } from './sizeCommand.ts';
import { exportCommand } from './exportCommand.ts';
import { sweepCommand } from './sweepCommand.ts';
import { workloadCommand } from './workloadCommand.ts';
import { createProcessTerminal } from './terminal.ts';

/** Every command, in the order `iov --help` lists them. A new command is a file and a line here. */
const COMMANDS: readonly Command[] = [checkCommand, simulateCommand, compareCommand, sizeCommand, sweepCommand, workloadCommand, exportCommand, linkCommand, openCommand, examplesCommand, exampleCommand];

/** Commands SIMULATION.md promises that are not built yet, named so that `iov simulate` says so. */
const PLANNED_COMMANDS: readonly string[] = [];

export async function runIov(argv: readonly string[], terminal: Terminal): Promise<ExitCode> {
  const [first, ...rest] = argv;
  if (first === undefined) return usageError('no command given', terminal);
  if (first === '--help' || first === '-h') return print(programHelp(COMMANDS, PLANNED_COMMANDS), terminal);
  if (first === '--version' || first === '-v') return print(`${readVersion()}\n`, terminal);
  if (first === 'help') return runHelp(rest, terminal);
  const command = COMMANDS.find((c) => c.name === first);
  if (!command) return usageError(unknownCommandMessage(first), terminal);
  const input = parseCommandArgs(command, rest);
  if (input.help) return print(commandHelp(command), terminal);
  if ('error' in input) {
    terminal.err(`iov ${command.name}: ${input.error}\n\n${commandHelp(command)}`);
    return EXIT.unusable;
  }
  return command.run(input, terminal);
}

function runHelp(args: readonly string[], terminal: Terminal): ExitCode {
  const [name, extra] = args;
  if (name === undefined) return print(programHelp(COMMANDS, PLANNED_COMMANDS), terminal);
  const command = COMMANDS.find((c) => c.name === name);
  if (!command || extra !== undefined) return usageError(command ? `unexpected argument ${echoValue(extra)}` : unknownCommandMessage(name), terminal);
  return print(commandHelp(command), terminal);
}

function unknownCommandMessage(name: string): string {
  if (PLANNED_COMMANDS.includes(name)) return `${name} is not available yet: it will come in a later version`;
  return name.startsWith('-') ? `unknown option ${echoValue(name)}` : `unknown command ${echoValue(name)}`;
}

function usageError(message: string, terminal: Terminal): ExitCode {
  terminal.err(`iov: ${message}\n\n${programHelp(COMMANDS, PLANNED_COMMANDS)}`);
  return EXIT.unusable;
}

function print(text: string, terminal: Terminal): ExitCode {
  terminal.out(text);
  return EXIT.done;
}

/** Set by scripts/build-cli.mjs in the prebuilt bundle, which has no package.json beside it. */
declare const IOV_VERSION: string | undefined;

function readVersion(): string {
  if (typeof IOV_VERSION === 'string') return IOV_VERSION;
  const manifest: unknown = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  const version = (manifest as { version?: unknown } | null)?.version;
  return typeof version === 'string' ? version : 'unknown';
}

const terminal = createProcessTerminal();
// `iov example x | head -1` closes the pipe early: stop quietly rather than throw EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit();
  terminal.err(`iov: internal error: ${echoText(error.message)}\n`);
  process.exit(EXIT.unusable);
});
try {
  process.exitCode = await runIov(process.argv.slice(2), terminal);
} catch (error) {
  // Commands report every expected failure themselves; this is a bug, said in one line, not a trace.
  terminal.err(`iov: internal error: ${echoText(error instanceof Error ? error.message : String(error))}\n`);
  process.exitCode = EXIT.unusable;
}
