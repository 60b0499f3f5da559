import { countBySeverity, type Finding, type Severity, type Topology } from '../model/index.ts';
import type { Terminal } from './command.ts';
import { formatTable } from './formatTable.ts';
import { plural } from './plural.ts';
import { paint, type Style } from './terminal.ts';

const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'cyan' };

/** More subjects than this, and the table's IDS cell counts the rest (--json lists them all). */
const SUBJECTS_LISTED = 8;

/**
 * The IDS cell: every id a lone finding concerns; for a grouped one, the elements found wrong and the
 * one they share, so that 64 servers, their 64 HBAs and 64 cables do not fill a screen.
 */
export function idsOf(finding: Finding): string {
  if (finding.subjectIds.length < 2) return [...finding.nodeIds, ...finding.linkIds].join(', ');
  const subjects = finding.subjectIds.length <= SUBJECTS_LISTED
    ? finding.subjectIds
    : [...finding.subjectIds.slice(0, SUBJECTS_LISTED - 2), `… ${finding.subjectIds.length - SUBJECTS_LISTED + 2} more`];
  return [...subjects, ...(finding.anchorId ? [finding.anchorId] : [])].join(', ');
}

/** The findings as a table: severity, rule, message (wrapped to the terminal), the ids concerned. */
export function formatFindings(findings: readonly Finding[], terminal: Terminal): string {
  if (findings.length === 0) return '';
  const rows = findings.map((f) => [f.severity, f.rule, f.message, idsOf(f)]);
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
