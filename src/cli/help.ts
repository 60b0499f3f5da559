import type { Command } from './command.ts';

const HELP_OPTION = { flag: '-h, --help', description: 'Show this help' };

/** `iov --help`: what iov is, its commands, the ones still to come, and its exit codes. */
export function programHelp(commands: readonly Command[], planned: readonly string[]): string {
  const rows = [
    ...commands.map((c) => [signature(c), c.summary]),
    ['help [COMMAND]', 'Show this help, or the help of a command'],
  ];
  return [
    'Usage: iov COMMAND [ARGUMENTS] [OPTIONS]',
    '',
    'The command line of IOV Studio: check and explore I/O virtualization designs.',
    '',
    'Commands:',
    ...aligned(rows),
    '',
    'Options:',
    ...aligned([[HELP_OPTION.flag, HELP_OPTION.description], ['-v, --version', 'Print the version of iov']]),
    '',
    ...(planned.length > 0 ? [`Coming later: ${planned.join(', ')}.`] : []),
    'Exit codes: 0 done, 1 a negative answer (check: error findings; size: no pool meets the target),',
    '2 unusable input or arguments.',
    'FILE may be - to read the design from standard input (iov example classic-rack | iov check -).',
    'Run `iov COMMAND --help` for a command; docs/cli.md describes every command and its JSON.',
    '',
  ].join('\n');
}

/** `iov COMMAND --help`. */
export function commandHelp(command: Command): string {
  const options = Object.entries(command.options).map(([name, spec]) => [
    `${spec.short ? `-${spec.short}, ` : '    '}--${name}${spec.type === 'string' ? ' VALUE' : ''}`,
    spec.description,
  ]);
  return [
    `Usage: ${usageLine(command)}`,
    '',
    `${command.summary}.`,
    '',
    command.details,
    '',
    'Options:',
    ...aligned([...options, [HELP_OPTION.flag, HELP_OPTION.description]]),
    '',
  ].join('\n');
}

/** `iov check FILE [--json]` */
export function usageLine(command: Command): string {
  const options = Object.entries(command.options).map(([name, spec]) => `[--${name}${spec.type === 'string' ? ' VALUE' : ''}]`);
  return ['iov', signature(command), ...options].join(' ');
}

function signature(command: Command): string {
  return [command.name, ...command.positionals].join(' ');
}

function aligned(rows: readonly string[][]): string[] {
  const width = Math.max(...rows.map(([first = '']) => first.length));
  return rows.map(([first = '', second = '']) => `  ${first.padEnd(width)}  ${second}`);
}
