import { echoValue } from '../echo.ts';
import type { Problem } from '../problems.ts';

/** One device's line of one report: I/Os and KiB per second. */
export type DeviceRate = { device: string; line: number; readsPerS: number; writesPerS: number; kibPerS: number };

/** One `Device` table of `iostat -x` output: one interval (the first is since boot). */
export type IostatReport = { line: number; devices: DeviceRate[] };

export type IostatLayout = 'sysstat 11 (avgrq-sz)' | 'sysstat 12 (rareq-sz, wareq-sz)' | 'kB/s columns';

type Reading = { reports: IostatReport[]; layout: IostatLayout } | { problems: Problem[] };

const HEADER = /^Device:?(\s|$)|\sDevice:?$/;
/** Lines that end a device table: the CPU table, a timestamp (`-t`) or the banner of another run. */
const TABLE_END = /^(avg-cpu:|Linux\s|\d{2}[/.-]\d{2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2})/;

/** A number as iostat prints it in any locale: `1.50` or, with a decimal comma, `1,50`. */
export function iostatNumber(token: string): number | undefined {
  const text = token.replace(',', '.');
  return /^\d+(\.\d+)?$/.test(text) ? Number(text) : undefined;
}

/**
 * The device tables of `iostat -x` text, read by their header names (sysstat 11 and 12 order the
 * columns differently, and later versions add discard and flush columns, which are not read).
 */
export function readIostatReports(text: string): Reading {
  const lines = text.split(/\r?\n/);
  const reports: IostatReport[] = [];
  const problems: Problem[] = [];
  let columns: string[] | undefined;
  let layout: IostatLayout | undefined;
  lines.forEach((raw, index) => {
    const line = raw.trim();
    const number = index + 1;
    if (line === '' || TABLE_END.test(line)) {
      columns = undefined;
      return;
    }
    if (HEADER.test(line)) {
      columns = line.split(/\s+/).map((c) => c.replace(/:$/, ''));
      const found = layoutOf(columns);
      if ('problem' in found) problems.push({ path: `line ${number}`, message: found.problem });
      else layout = found.layout;
      reports.push({ line: number, devices: [] });
      return;
    }
    if (!columns) return;
    const row = readRow(columns, line.split(/\s+/), number);
    if ('problem' in row) problems.push({ path: `line ${number}`, message: row.problem });
    else reports.at(-1)!.devices.push(row);
  });
  if (problems.length > 0) return { problems };
  if (reports.length === 0 || !layout) {
    return { problems: [{ path: 'input', message: 'has no "Device" table: give the output of iostat -x (for example iostat -x 10 3 > iostat.txt).' }] };
  }
  return { reports, layout };
}

function layoutOf(columns: readonly string[]): { layout: IostatLayout } | { problem: string } {
  const missing = ['r/s', 'w/s'].filter((c) => !columns.includes(c));
  const sized = SIZE_SOURCES.some((source) => source.columns.every((c) => columns.includes(c)));
  if (missing.length > 0 || !sized) {
    return { problem: `the Device header lacks ${missing.length > 0 ? missing.join(' and ') : 'a size column (rkB/s and wkB/s, rareq-sz and wareq-sz, or avgrq-sz)'}: is it iostat -x output?` };
  }
  if (columns.includes('rareq-sz')) return { layout: 'sysstat 12 (rareq-sz, wareq-sz)' };
  if (columns.includes('avgrq-sz')) return { layout: 'sysstat 11 (avgrq-sz)' };
  return { layout: 'kB/s columns' };
}

type Values = (name: string) => number;

/** Where KiB per second come from, best first: the rates, or the mean request sizes times the I/O rates. */
const SIZE_SOURCES: readonly { columns: string[]; kibPerS: (v: Values) => number }[] = [
  { columns: ['rkB/s', 'wkB/s'], kibPerS: (v) => v('rkB/s') + v('wkB/s') },
  { columns: ['rMB/s', 'wMB/s'], kibPerS: (v) => (v('rMB/s') + v('wMB/s')) * 1024 },
  { columns: ['rsec/s', 'wsec/s'], kibPerS: (v) => (v('rsec/s') + v('wsec/s')) / 2 },
  { columns: ['rareq-sz', 'wareq-sz'], kibPerS: (v) => v('r/s') * v('rareq-sz') + v('w/s') * v('wareq-sz') },
  // sysstat 11: the mean request size in 512-byte sectors.
  { columns: ['avgrq-sz'], kibPerS: (v) => ((v('r/s') + v('w/s')) * v('avgrq-sz')) / 2 },
];

function readRow(columns: readonly string[], tokens: readonly string[], line: number): DeviceRate | { problem: string } {
  if (tokens.length !== columns.length) {
    return { problem: `has ${tokens.length} values where the Device header above has ${columns.length} columns.` };
  }
  const deviceAt = columns.indexOf('Device');
  const values = new Map<string, number>();
  for (let i = 0; i < columns.length; i++) {
    if (i === deviceAt) continue;
    const value = iostatNumber(tokens[i]!);
    if (value === undefined) return { problem: `column ${columns[i]} is ${echoValue(tokens[i])}, not a number.` };
    values.set(columns[i]!, value);
  }
  const v: Values = (name) => values.get(name) ?? 0;
  const source = SIZE_SOURCES.find((s) => s.columns.every((c) => values.has(c)))!;
  return { device: tokens[deviceAt]!, line, readsPerS: v('r/s'), writesPerS: v('w/s'), kibPerS: source.kibPerS(v) };
}
