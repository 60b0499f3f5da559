import { describe, expect, it } from 'vitest';
import { detectMeasurement, importMeasurement, matchFilesToServers, MAX_MEASUREMENT_CHARS, parseFio, parseIostat, type ImportResult } from './index.ts';
import { STORAGE_RANGES } from '../storageRanges.ts';
import { FIO_RATE_LIMITED, FIO_UNLIMITED, IOSTAT_11, IOSTAT_12, IOSTAT_12_SIZES_ONLY, IOSTAT_MALFORMED } from './measurementSamples.ts';

function ok(result: ImportResult) {
  if (!result.ok) throw new Error(`expected a workload, got ${JSON.stringify(result.problems)}`);
  return result;
}

function problems(result: ImportResult) {
  if (result.ok) throw new Error(`expected problems, got ${JSON.stringify(result.workload)}`);
  return result.problems;
}

describe('iostat -x', () => {
  it('reads sysstat 11 (avgrq-sz), skips the since-boot report, averages the rest and names the peak', () => {
    const result = ok(parseIostat(IOSTAT_11));
    expect(result.workload).toEqual({ storageIops: 2500, blockKiB: 8, readShare: 0.7 });
    expect(result.notes.join(' ')).toContain('sysstat 11');
    expect(result.notes.join(' ')).toContain('first report (averages since boot) was skipped; 2 averaged. Peak: 3,000 IOPS in report 3');
  });

  it('leaves dm- volumes out of the sum and warns that they double-count their disks', () => {
    const result = ok(parseIostat(IOSTAT_11));
    expect(result.notes[0]).toContain('device sda.');
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatch(/^dm-0: device-mapper volumes .* counted again/);
  });

  it('reads a dm- volume asked for by name, with a warning', () => {
    const result = ok(parseIostat(IOSTAT_11, { device: 'dm-0' }));
    expect(result.workload).toEqual({ storageIops: 2503, blockKiB: 7.99, readShare: 0.699 });
    expect(result.warnings[0]).toContain('dm-0 is a device-mapper volume');
  });

  it('reads sysstat 12 by header names, with decimal commas, ignoring discard and flush columns', () => {
    const result = ok(parseIostat(IOSTAT_12));
    // 600 + 200 reads and 200 writes per second; (9600 + 1600 + 3200) KiB/s; the 900 discards/s are not I/O the server asks for.
    expect(result.workload).toEqual({ storageIops: 1000, blockKiB: 14.4, readShare: 0.8 });
    expect(result.warnings).toEqual([]);
    expect(result.notes.join(' ')).toContain('sysstat 12');
  });

  it('filters one device with --device', () => {
    expect(ok(parseIostat(IOSTAT_12, { device: 'nvme1n1' })).workload).toEqual({ storageIops: 200, blockKiB: 16, readShare: 1 });
  });

  it('names the devices there are when --device names none of them', () => {
    const [problem] = problems(parseIostat(IOSTAT_12, { device: 'sdz' }));
    expect(problem).toEqual({ path: '--device', message: 'no device "sdz" in the iostat output; it lists "nvme0n1", "nvme1n1".' });
  });

  it('takes the size from rareq-sz and wareq-sz (KiB) when there are no kB/s columns; one report is read with a note', () => {
    const result = ok(parseIostat(IOSTAT_12_SIZES_ONLY));
    expect(result.workload).toEqual({ storageIops: 40, blockKiB: 49, readShare: 0.75 });
    expect(result.notes[1]).toContain('One report only');
  });

  it('names the line of a malformed row instead of throwing', () => {
    expect(problems(parseIostat(IOSTAT_MALFORMED))).toEqual([{ path: 'line 4', message: 'has 4 values where the Device header above has 8 columns.' }]);
    const garbled = IOSTAT_12_SIZES_ONLY.replace('30.00', '3O.00');
    expect(problems(parseIostat(garbled))).toEqual([{ path: 'line 2', message: 'column r/s is "3O.00", not a number.' }]);
  });

  it('refuses text without a Device table, text without I/O and text over the cap', () => {
    expect(problems(parseIostat('hello\nworld\n'))[0]!.message).toContain('has no "Device" table');
    expect(problems(parseIostat(IOSTAT_12_SIZES_ONLY.replace(/30\.00 {3}10\.00/, '0.00   0.00')))[0]!.message).toContain('shows no I/O');
    expect(problems(parseIostat('x'.repeat(MAX_MEASUREMENT_CHARS + 1)))[0]!.message).toContain('a measurement is read up to 4,000,000');
  });

  it('checks the same ranges as the workload schema', async () => {
    const { WorkloadSchema } = await import('../workload.ts');
    const { z } = await import('../zod.ts');
    for (const key of ['storageIops', 'blockKiB', 'readShare'] as const) {
      const { minimum, maximum } = z.toJSONSchema(WorkloadSchema.shape[key]);
      expect([minimum, maximum]).toEqual([STORAGE_RANGES[key].min, STORAGE_RANGES[key].max]);
    }
  });

  it('reports a measured value outside the workload schema rather than clamping it', () => {
    const huge = 'Device r/s w/s rkB/s wkB/s\nsda 1.00 0.00 40000.00 0.00\n';
    expect(problems(parseIostat(huge))).toEqual([{ path: 'blockKiB', message: 'the measured block size (KiB) is 40000, outside what a workload holds (0.5 to 16384).' }]);
  });
});

describe('fio --output-format=json', () => {
  it('reads a rate-limited job: IOPS read+write, block size io_bytes/total_ios, read share, no warning', () => {
    const result = ok(parseFio(FIO_RATE_LIMITED));
    expect(result.workload).toEqual({ storageIops: 2000, blockKiB: 8, readShare: 0.7 });
    expect(result.warnings).toEqual([]);
    expect(result.notes).toEqual(['fio fio-3.28 JSON: 1 job.', 'oltp: 2,000 IOPS, 8.0 KiB, 70 % reads.']);
  });

  it('adds the jobs, skips fio notes before the JSON and warns when no job was rate-limited', () => {
    const result = ok(parseFio(FIO_UNLIMITED));
    expect(result.workload).toEqual({ storageIops: 800, blockKiB: 130, readShare: 0.5 });
    expect(result.warnings[0]).toMatch(/^seqread, log ran without rate or rate_iops: fio measured what the storage delivered/);
  });

  it('counts a rate set in the global options as a limit on every job', () => {
    const limited = FIO_UNLIMITED.replace('"jobs" : [', '"global options" : { "rate_iops" : "800" },\n  "jobs" : [');
    expect(ok(parseFio(limited)).warnings).toEqual([]);
  });

  it('names the line of malformed JSON and the job of a missing figure', () => {
    const broken = FIO_RATE_LIMITED.replace('"iops" : 600.0,', '"iops" : 600.0');
    const [problem] = problems(parseFio(broken));
    expect(problem!.path).toBe('line 9');
    expect(problem!.message).toContain('the fio JSON is malformed');
    const missing = FIO_RATE_LIMITED.replace('"total_ios" : 36000', '"total" : 36000');
    expect(problems(parseFio(missing))).toEqual([{ path: 'jobs[0].write', message: 'lacks a number for total_ios (got nothing): is it fio JSON output?' }]);
    expect(problems(parseFio('{"jobs": []}'))[0]!.path).toBe('jobs');
  });
});

describe('detecting the tool', () => {
  it('tells fio JSON from iostat text', () => {
    expect(detectMeasurement(FIO_UNLIMITED)).toBe('fio');
    expect(detectMeasurement(IOSTAT_11)).toBe('iostat');
    expect(ok(importMeasurement(IOSTAT_12, { device: 'nvme1n1' })).kind).toBe('iostat');
    expect(ok(importMeasurement(FIO_RATE_LIMITED)).kind).toBe('fio');
  });
});

describe('matching files to servers', () => {
  it('matches by label ignoring case and extensions, else by id; reports the rest', async () => {
    const { example } = await import('../examples/index.ts');
    const rack = example('virtualized-rack');
    const matching = matchFilesToServers(['web 1.txt', 'DB 1.iostat.txt', 's8.json', 'web 1.fio.json', 'nobody.txt'], rack);
    expect(matching.matched.map((m) => [m.file, m.server.id])).toEqual([['DB 1.iostat.txt', 's3'], ['s8.json', 's8'], ['web 1.fio.json', 's1']]);
    expect(matching.ambiguous).toEqual(['web 1.txt']);
    expect(matching.unmatched).toEqual(['nobody.txt']);
    expect(matching.withoutFile.map((s) => s.id)).toEqual(['s2', 's4', 's5', 's6', 's7']);
  });
});
