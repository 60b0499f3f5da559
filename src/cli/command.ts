/** What every command of `iov` shares: its exit codes, its terminal and its description. */

/** SIMULATION.md, "Command line": the same three codes for every command. */
export const EXIT = {
  /** The command did what was asked (for `check`: no error finding). */
  done: 0,
  /** A negative answer: `check` found errors, `size` found no pool that meets the target. */
  negative: 1,
  /** Unusable input or arguments: every problem is printed, never a stack trace. */
  unusable: 2,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Where a command writes. Commands never touch `process` directly, so they stay easy to test. */
export type Terminal = {
  out(text: string): void;
  err(text: string): void;
  /** Columns to wrap tables at. */
  width: number;
  /** ANSI colours are allowed (stdout is a TTY and NO_COLOR is not set). */
  color: boolean;
};

/** `multiple`: the option may be given again and again (`--vary a=1..2 --vary b=3..4`), its values a list. */
export type OptionSpec = { type: 'boolean' | 'string'; short?: string; multiple?: boolean; description: string };

/** What the command line gave a command once its options were parsed. */
export type CommandInput = {
  positionals: string[];
  options: Record<string, string | boolean | string[] | undefined>;
};

export type Command = {
  name: string;
  /** One line for the list of commands. */
  summary: string;
  /** The names of its positional arguments, all required, e.g. ['FILE']. */
  positionals: string[];
  /** The last positional may be given many times (`iov sweep merge PART…`). */
  variadic?: boolean;
  options: Record<string, OptionSpec>;
  /** Paragraphs shown by `iov COMMAND --help` after the usage line. */
  details: string;
  run(input: CommandInput, terminal: Terminal): Promise<ExitCode> | ExitCode;
};
