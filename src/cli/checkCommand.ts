import { checkDesign, countBySeverity } from '../model/index.ts';
import { EXIT, type Command } from './command.ts';
import { formatFindings, summaryLine } from './checkReport.ts';
import { MAX_DESIGN_FILE_BYTES, formatBytes, readDesignFile } from './readDesignFile.ts';
import { reportProblems } from './reportProblems.ts';

export const checkCommand: Command = {
  name: 'check',
  summary: 'Check a design file against the design rules',
  positionals: ['FILE'],
  options: { json: { type: 'boolean', description: 'Print the findings as JSON on stdout' } },
  details: [
    'Reads FILE (a design saved by IOV Studio, at most ' + formatBytes(MAX_DESIGN_FILE_BYTES) + '), upgrades it if it is older,',
    'validates it, and lists what the design rules find: severity, rule, message and the ids concerned.',
    '',
    'Exit codes: 0 no error finding, 1 at least one error finding, 2 the file cannot be used.',
  ].join('\n'),
  async run({ positionals: [file = ''], options }, terminal) {
    const json = options.json === true;
    const read = await readDesignFile(file);
    if (!read.ok) return reportProblems('check', file, read.problems, json, terminal);
    if (read.upgradedFrom !== undefined) {
      terminal.err(`note: upgraded from version ${read.upgradedFrom}; save it from IOV Studio to keep the current format\n`);
    }
    const { topology } = read;
    const findings = checkDesign(topology);
    const counts = countBySeverity(findings);
    if (json) {
      const upgraded = read.upgradedFrom === undefined ? {} : { upgradedFrom: read.upgradedFrom };
      // Fields named one by one: the JSON is a documented contract (docs/cli.md), not the model's shape.
      const listed = findings.map(({ severity, rule, message, nodeIds, linkIds, subjectIds, anchorId }) => ({ severity, rule, message, nodeIds, linkIds, subjectIds, anchorId }));
      terminal.out(`${JSON.stringify({ file, name: topology.name, ...upgraded, counts, findings: listed }, null, 2)}\n`);
    } else {
      const table = formatFindings(findings, terminal);
      terminal.out(`${table}${table ? '\n' : ''}${summaryLine(findings, topology)}\n`);
    }
    return counts.error > 0 ? EXIT.negative : EXIT.done;
  },
};
