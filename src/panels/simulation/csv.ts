export type CsvColumn = { key: string; header: string };

/** A cell as CSV wants it: quoted when it holds a comma, a quote or a line break. */
function cell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Text as it is; a number to six significant digits (the figures are not more precise); empty when missing. */
function valueCell(value: number | string | undefined): string {
  if (typeof value === 'string') return cell(value);
  return value === undefined || !Number.isFinite(value) ? '' : String(Number(value.toPrecision(6)));
}

/** RFC 4180 CSV of chart rows: a header line, then one line per row, CRLF line ends. */
export function toCsv(columns: readonly CsvColumn[], rows: readonly Readonly<Record<string, number | string>>[]): string {
  const lines = [columns.map((c) => cell(c.header)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => valueCell(row[c.key])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** "virtualized-rack-utilization.csv" from a design name. */
export function csvFileName(designName: string, what: string): string {
  const slug = designName.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'design';
  return `${slug}-${what}.csv`;
}
