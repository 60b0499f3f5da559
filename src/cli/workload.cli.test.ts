// iov workload import, as a user runs it: a child process on files in a temporary folder. Three runs
// (each pays tsx's start-up); the parsing itself is tested in model/workloadImport.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { example, type ServerNode, type Topology } from '../model/index.ts';
import { FIO_RATE_LIMITED, IOSTAT_11, IOSTAT_12, IOSTAT_MALFORMED } from '../model/workloadImport/measurementSamples.ts';
import { parseWorkloadOptions } from './workloadCommand.ts';

const BIN = fileURLToPath(new URL('../../bin/iov.mjs', import.meta.url));
type Run = { status: number; stdout: string; stderr: string };
let dir = '';

function iov(...args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [BIN, ...args], { cwd: dir, env: { ...process.env, NO_COLOR: '1' }, timeout: 120_000 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') reject(error);
      else resolve({ status: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

const server = (t: Topology, id: string) => t.nodes.find((n): n is ServerNode => n.id === id && n.kind === 'server')!;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'iov-workload-'));
  await writeFile(join(dir, 'rack.json'), JSON.stringify(example('virtualized-rack')));
  await writeFile(join(dir, 'db1.txt'), IOSTAT_11);
  await writeFile(join(dir, 'bad.txt'), IOSTAT_MALFORMED);
  await mkdir(join(dir, 'measured'));
  await writeFile(join(dir, 'measured', 'web 1.txt'), IOSTAT_12);
  await writeFile(join(dir, 'measured', 'DB 2.fio.json'), FIO_RATE_LIMITED);
  await writeFile(join(dir, 'measured', 'web 9.txt'), IOSTAT_12);
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('iov workload import', { timeout: 200_000 }, () => {
  it('sets one server from iostat -x, prints what it read and writes the design with only that server changed', async () => {
    const run = await iov('workload', 'import', 'rack.json', '--server', 's3', '--iostat', 'db1.txt', '--out', 'out.json');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('DB 1 (s3) from db1.txt: 2,500 IOPS of 8 KiB, 70 % reads (was 3,000 IOPS of 8 KiB, 70 % reads)');
    expect(run.stdout).toContain('warning: dm-0: device-mapper volumes');
    const written = JSON.parse(await readFile(join(dir, 'out.json'), 'utf8')) as Topology;
    expect(server(written, 's3').workload).toMatchObject({ storageIops: 2500, blockKiB: 8, readShare: 0.7, networkMbps: 200 });
    expect(server(written, 's4').workload).toEqual(server(example('virtualized-rack'), 's4').workload);
  });

  it('imports a folder by labels, names the file left unmatched', async () => {
    const run = await iov('workload', 'import', 'rack.json', '--dir', 'measured', '--out', 'rack-measured.json');
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('Not read, no server of that label: "web 9.txt".\n');
    expect(run.stdout).toContain('Wrote rack-measured.json: 2 servers set from measurements.');
    const written = JSON.parse(await readFile(join(dir, 'rack-measured.json'), 'utf8')) as Topology;
    expect(server(written, 's1').workload).toMatchObject({ storageIops: 1000, blockKiB: 14.4, readShare: 0.8 });
    expect(server(written, 's4').workload).toMatchObject({ storageIops: 2000, blockKiB: 8, readShare: 0.7 });
  });

  it('refuses a malformed file naming its line, exit 2, writing nothing', async () => {
    const run = await iov('workload', 'import', 'rack.json', '--server', 's3', '--iostat', 'bad.txt', '--out', 'never.json');
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('iov workload import: cannot use bad.txt (1 problem):\nline 4: has 4 values where the Device header above has 8 columns.\n');
    await expect(readFile(join(dir, 'never.json'))).rejects.toThrow(/ENOENT/);
  });
});

describe('the options of iov workload import', () => {
  it('names every problem at once', () => {
    expect(parseWorkloadOptions('export', { iostat: 'a', fio: 'b', device: 'sda' })).toEqual({
      problems: [
        { path: 'ACTION', message: 'must be import, as in iov workload import design.json --server db01 --iostat db01.txt --out new.json (got "export").' },
        { path: '--out', message: 'is required: the design file to write (or - for standard output).' },
        { path: '--server', message: 'is required (or --dir): the id or label of the server measured.' },
        { path: '--iostat/--fio', message: 'give exactly one measurement file: --iostat FILE or --fio FILE.' },
        { path: '--device', message: 'applies to iostat output only.' },
      ],
    });
    expect(parseWorkloadOptions('import', { dir: 'm', out: 'o.json', device: 'sda' })).toEqual({ dir: 'm', out: 'o.json', device: 'sda' });
  });
});
