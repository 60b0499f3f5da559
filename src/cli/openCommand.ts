import { openLink } from '../share/index.ts';
import { EXIT, type Command } from './command.ts';
import { reportProblems } from './reportProblems.ts';

export const openCommand: Command = {
  name: 'open',
  summary: 'Decode a share link into a design file',
  positionals: ['LINK'],
  options: {},
  details: [
    'LINK is a whole URL or its fragment (#d=…). The design is printed as JSON on stdout:',
    '  iov open "https://example.org/iov/#d=1…" > design.json',
    'A damaged, truncated or hostile link is refused with the same messages as the app gives.',
    '',
    'Exit codes: 0 done, 2 the link cannot be used.',
  ].join('\n'),
  run({ positionals: [link = ''] }, terminal) {
    const result = openLink(link);
    if (!result.ok) return reportProblems('open', 'the link', result.problems, false, terminal);
    if (result.upgradedFrom !== undefined) terminal.err(`note: upgraded from version ${result.upgradedFrom}\n`);
    terminal.out(`${JSON.stringify(result.topology, null, 2)}\n`);
    return EXIT.done;
  },
};
