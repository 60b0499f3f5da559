import { EXAMPLES, EXAMPLE_NAMES } from '../model/index.ts';
import { EXIT, type Command } from './command.ts';
import { formatTable } from './formatTable.ts';
import { paint } from './terminal.ts';

export const examplesCommand: Command = {
  name: 'examples',
  summary: 'List the built-in designs',
  positionals: [],
  options: { json: { type: 'boolean', description: 'Print the list as JSON on stdout' } },
  details: 'Print one with `iov example NAME`.',
  run({ options }, terminal) {
    const examples = EXAMPLE_NAMES.map((name) => ({ name, title: EXAMPLES[name].title, summary: EXAMPLES[name].summary }));
    if (options.json === true) {
      terminal.out(`${JSON.stringify({ examples }, null, 2)}\n`);
      return EXIT.done;
    }
    const columns = [{ header: 'NAME' }, { header: 'TITLE' }, { header: 'SUMMARY', fill: true }];
    const rows = examples.map((e) => [e.name, e.title, e.summary]);
    terminal.out(formatTable(columns, rows, terminal.width, (header) => paint(header, 'bold', terminal.color)));
    return EXIT.done;
  },
};
