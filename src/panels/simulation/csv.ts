export type CsvColumn = { key: string; header: string };

/**
 * Text a spreadsheet would run as a formula (`=HYPERLINK(…)`, `+cmd|…`, `-2+3`, `@SUM(…)`, or a
 * tab or carriage return before one) gets a leading apostrophe, which spreadsheets show as text:
 * a server's label is the user's, or a link's author's (OWASP, "CSV Injection").
 */
function withoutFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** A text cell as CSV wants it: never a formula, quoted when it holds a comma, a quote or a line break. */
function cell(text: string): string {
  const value = withoutFormula(text);
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Text as a cell; a number (never a formula, even below zero) to six significant digits (the figures are not more precise); empty when missing. */
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
