import { EXAMPLE_NAMES, echoValue, example, isExampleName } from '../model/index.ts';
import { EXIT, type Command } from './command.ts';

export const exampleCommand: Command = {
  name: 'example',
  summary: 'Print a built-in design as a design file',
  positionals: ['NAME'],
  options: {},
  details: [
    `NAME is one of: ${EXAMPLE_NAMES.join(', ')}.`,
    'The design is printed as JSON on stdout, ready to save and check:',
    '  iov example virtualized-rack > rack.json && iov check rack.json',
  ].join('\n'),
  run({ positionals: [name = ''] }, terminal) {
    if (!isExampleName(name)) {
      terminal.err(`iov example: there is no example named ${echoValue(name)}; use one of: ${EXAMPLE_NAMES.join(', ')}\n`);
      return EXIT.unusable;
    }
    terminal.out(`${JSON.stringify(example(name), null, 2)}\n`);
    return EXIT.done;
  },
};
