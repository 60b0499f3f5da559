import { describe, expect, it } from 'vitest';
import { csvFileName, toCsv } from './csv.ts';

describe('toCsv', () => {
  it('writes a header and one line per row, numbers to six significant digits', () => {
    const csv = toCsv(
      [{ key: 'time', header: 'time (s)' }, { key: 'hba1', header: 'hba1 utilization' }],
      [{ time: 0.01, hba1: 0.123456789 }, { time: 0.02, hba1: 0 }],
    );
    expect(csv).toBe('time (s),hba1 utilization\r\n0.01,0.123457\r\n0.02,0\r\n');
  });

  it('quotes headers and text with commas or quotes, and leaves missing values empty', () => {
    const csv = toCsv([{ key: 'a', header: 'Web 1, "front"' }, { key: 'b', header: 'b' }, { key: 'c', header: 'c' }], [{ a: 1, c: 'DB, east' }]);
    expect(csv).toBe('"Web 1, ""front""",b,c\r\n1,,"DB, east"\r\n');
  });
});

describe('csvFileName', () => {
  it('makes a file name from the design name', () => {
    expect(csvFileName('Virtualized rack', 'utilization')).toBe('virtualized-rack-utilization.csv');
    expect(csvFileName('  ', 'throughput')).toBe('design-throughput.csv');
  });
});

describe('toCsv and formulas', () => {
  it('escapes text a spreadsheet would run as a formula, and leaves negative numbers numbers', () => {
    const rows = ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", '-2+3', '@SUM(A1)', '\t=1', 'Web = 1'].map((server, i) => ({ server, p99: i === 0 ? -1.5 : i }));
    const csv = toCsv([{ key: 'server', header: '=header' }, { key: 'p99', header: 'p99 (ms)' }], rows);
    expect(csv.split('\r\n')).toEqual([
      "'=header,p99 (ms)",
      `"'=HYPERLINK(""http://x"",""y"")",-1.5`,
      "'+cmd|' /C calc'!A0,1",
      "'-2+3,2",
      "'@SUM(A1),3",
      "'\t=1,4",
      'Web = 1,5',
      '',
    ]);
  });
});
