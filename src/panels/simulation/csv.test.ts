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
