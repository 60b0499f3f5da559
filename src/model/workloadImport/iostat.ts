import { echoValue } from '../echo.ts';
import { importFailure, rangeProblems, roundMeasured, tooLong, type ImportResult } from './measuredWorkload.ts';
import { readIostatReports, type DeviceRate, type IostatReport } from './iostatReports.ts';

export type IostatOptions = { device?: string };

/** Device-mapper volumes (LVM, dm-crypt, multipath) sit on disks iostat also lists. */
const isMapped = (device: string): boolean => /^dm-\d+$/.test(device);

/** One report's sums over the devices counted. */
type Totals = { iops: number; reads: number; kibPerS: number };

/**
 * A server's storage workload from `iostat -x` text: the reports after the first (which counts since
 * boot) averaged over the devices counted; the block size and read share weighted by I/Os.
 */
export function parseIostat(text: string, options: IostatOptions = {}): ImportResult {
  const long = tooLong(text);
  if (long) return importFailure([long]);
  const read = readIostatReports(text);
  if ('problems' in read) return importFailure(read.problems);
  const chosen = chooseDevices(read.reports, options.device);
  if ('problem' in chosen) return importFailure([{ path: '--device', message: chosen.problem }]);
  const used = read.reports.length > 1 ? read.reports.slice(1) : read.reports;
  const totals = used.map((report) => totalsOf(report.devices.filter((d) => chosen.devices.has(d.device))));
  const sum = totals.reduce((a, t) => ({ iops: a.iops + t.iops, reads: a.reads + t.reads, kibPerS: a.kibPerS + t.kibPerS }), { iops: 0, reads: 0, kibPerS: 0 });
  if (sum.iops === 0) return importFailure([{ path: 'input', message: 'shows no I/O on the devices read (r/s and w/s are 0): measure while the server is busy.' }]);
  const workload = roundMeasured({ storageIops: sum.iops / totals.length, blockKiB: sum.kibPerS / sum.iops, readShare: sum.reads / sum.iops });
  const problems = rangeProblems(workload);
  if (problems.length > 0) return importFailure(problems);
  const peak = totals.reduce((best, t, i) => (t.iops > totals[best]!.iops ? i : best), 0);
  const notes = [
    `iostat -x, ${read.layout}: ${read.reports.length} report${read.reports.length === 1 ? '' : 's'}, device${chosen.devices.size === 1 ? '' : 's'} ${[...chosen.devices].slice(0, 8).join(', ')}${chosen.devices.size > 8 ? ` and ${chosen.devices.size - 8} more` : ''}.`,
    read.reports.length > 1
      ? `The first report (averages since boot) was skipped; ${used.length} averaged. Peak: ${formatIops(totals[peak]!.iops)} IOPS in report ${peak + 2}.`
      : 'One report only: it holds averages since boot. Run iostat -x with an interval (iostat -x 10 6) to measure the busy hours.',
  ];
  return { ok: true, kind: 'iostat', workload, notes, warnings: chosen.warnings };
}

function formatIops(iops: number): string {
  return (Math.round(iops * 10) / 10).toLocaleString('en-US');
}

function totalsOf(devices: readonly DeviceRate[]): Totals {
  return devices.reduce((a, d) => ({ iops: a.iops + d.readsPerS + d.writesPerS, reads: a.reads + d.readsPerS, kibPerS: a.kibPerS + d.kibPerS }), { iops: 0, reads: 0, kibPerS: 0 });
}

type Choice = { devices: Set<string>; warnings: string[] } | { problem: string };

/** The devices to count: the one asked for, or every device but device-mapper volumes, which double-count their disks. */
function chooseDevices(reports: readonly IostatReport[], wanted: string | undefined): Choice {
  const seen = [...new Set(reports.flatMap((r) => r.devices.map((d) => d.device)))];
  const listed = `${seen.slice(0, 12).map((d) => echoValue(d)).join(', ')}${seen.length > 12 ? ', …' : ''}`;
  if (wanted !== undefined) {
    if (!seen.includes(wanted)) return { problem: `no device ${echoValue(wanted)} in the iostat output; it lists ${listed || 'none'}.` };
    const warnings = isMapped(wanted) ? [`${wanted} is a device-mapper volume (LVM, dm-crypt or multipath): its I/O is also counted on the disks under it; import either, not both.`] : [];
    return { devices: new Set([wanted]), warnings };
  }
  if (seen.length === 0) return { problem: 'the iostat output lists no device.' };
  const mapped = seen.filter(isMapped);
  const disks = seen.filter((d) => !isMapped(d));
  if (mapped.length === 0) return { devices: new Set(seen), warnings: [] };
  if (disks.length === 0) {
    return { devices: new Set(mapped), warnings: [`Only device-mapper volumes (${mapped.slice(0, 6).join(', ')}) are listed; they were counted. If they share disks, pick one with --device.`] };
  }
  return {
    devices: new Set(disks),
    warnings: [`${mapped.slice(0, 6).join(', ')}${mapped.length > 6 ? ', …' : ''}: device-mapper volumes (LVM, dm-crypt, multipath) were left out, since their I/O is counted again on the disks under them. To read one device alone, name it (--device on the command line).`],
  };
}
