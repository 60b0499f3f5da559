import { countBySeverity, type Finding, type Severity, type Topology } from '../model/index.ts';
import type { Terminal } from './command.ts';
import { formatTable } from './formatTable.ts';
import { plural } from './plural.ts';
import { paint, type Style } from './terminal.ts';

const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'cyan' };

/** The findings as a table: severity, rule, message (wrapped to the terminal), the ids concerned. */
export function formatFindings(findings: readonly Finding[], terminal: Terminal): string {
  if (findings.length === 0) return '';
  const rows = findings.map((f) => [f.severity, f.rule, f.message, [...f.nodeIds, ...f.linkIds].join(', ')]);
  const columns = [
    { header: 'SEVERITY', paint: (line: string, cell: string) => paint(line, SEVERITY_STYLE[cell as Severity] ?? 'bold', terminal.color) },
    { header: 'RULE' },
    { header: 'MESSAGE', fill: true },
    { header: 'IDS', max: 20 },
  ];
  return formatTable(columns, rows, terminal.width, (header) => paint(header, 'bold', terminal.color));
}

/** `2 errors, 8 warnings, 0 info in "Virtualized rack" (15 nodes, 12 links)` */
export function summaryLine(findings: readonly Finding[], topology: Topology): string {
  const counts = countBySeverity(findings);
  return `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info in ${JSON.stringify(topology.name)} (${plural(topology.nodes.length, 'node')}, ${plural(topology.links.length, 'link')})`;
}
