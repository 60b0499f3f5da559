import { echoValue } from '../model/index.ts';
import { buildFragment, buildLink } from '../share/index.ts';
import { EXIT, type Command } from './command.ts';
import { readDesignFile } from './readDesignFile.ts';
import { reportProblems } from './reportProblems.ts';

export const linkCommand: Command = {
  name: 'link',
  summary: 'Print the share link of a design file',
  positionals: ['FILE'],
  options: { base: { type: 'string', description: 'The address of IOV Studio, to print a whole URL (e.g. https://example.org/iov/)' } },
  details: [
    'Reads FILE like check does and prints its link fragment (#d=…), which holds the whole design,',
    'its workloads and settings; with --base, the whole URL. The fragment is never sent to a server.',
    '',
    'Exit codes: 0 done, 2 the file or an option cannot be used.',
  ].join('\n'),
  async run({ positionals: [file = ''], options }, terminal) {
    const base = options.base;
    if (typeof base === 'string' && !/^https?:\/\/\S+$/i.test(base)) {
      return reportProblems('link', 'the options', [{ path: '--base', message: `must be an http or https address such as https://example.org/iov/ (got ${echoValue(base)}).` }], false, terminal);
    }
    const read = await readDesignFile(file);
    if (!read.ok) return reportProblems('link', file, read.problems, false, terminal);
    terminal.out(`${typeof base === 'string' ? buildLink(read.topology, base) : buildFragment(read.topology)}\n`);
    return EXIT.done;
  },
};
