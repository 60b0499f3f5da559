import { goalCell, goalColumns, verdictText, type GradeRow } from '../../curriculum/gradeSheet.ts';
import { toCsv, type CsvColumn } from '../../panels/simulation/csv.ts';

/** A hand-in time as the CSV gives it: ISO 8601, UTC, to the minute. */
export const isoMinute = (seconds: number | undefined) => (seconds === undefined ? '' : `${new Date(seconds * 1000).toISOString().slice(0, 16)}Z`);

/**
 * The sheet as CSV, one row per line pasted: names and labels are the students' (a link's author
 * wrote them), so toCsv keeps any that starts like a formula as text.
 */
export function gradeSheetCsv(rows: readonly GradeRow[]): string {
  const goals = goalColumns(rows);
  const columns: CsvColumn[] = [
    { key: 'line', header: 'Line' }, { key: 'name', header: 'Name' }, { key: 'time', header: 'Handed in (UTC)' },
    { key: 'verdict', header: 'Verdict' },
    ...goals.map((label, i) => ({ key: `goal${i}`, header: label })),
    { key: 'cost', header: 'I/O cost (USD)' }, { key: 'storage', header: 'Worst storage p99 (ms)' }, { key: 'network', header: 'Worst network p99 (ms)' },
    { key: 'same', header: 'Same design as' }, { key: 'fingerprint', header: 'Goals fingerprint' }, { key: 'problem', header: 'Problem' },
  ];
  const records = rows.map((row): Record<string, number | string> => {
    if (row.kind === 'refused') return { line: row.line, name: row.text, problem: row.problem };
    const record: Record<string, number | string> = {
      line: row.line, name: row.name, time: isoMinute(row.handedIn), verdict: verdictText(row),
      cost: Math.round(row.ioPriceUsd), storage: row.storageP99Ms, network: row.networkP99Ms,
      same: row.sameDesignAs.join('; '), fingerprint: row.fingerprint,
    };
    goals.forEach((label, i) => { record[`goal${i}`] = goalCell(row, label); });
    return record;
  });
  return toCsv(columns, records);
}
