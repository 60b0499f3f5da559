// The commands that run many simulations: iov size (replications), iov compare --servers, iov sweep.
import { execFile } from 'node:child_process';
import { readFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { example, type Topology } from '../model/index.ts';

const BIN = fileURLToPath(new URL('../../bin/iov.mjs', import.meta.url));
type Run = { status: number; stdout: string; stderr: string };
let dir = '';

function iov(...args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [BIN, ...args], { cwd: dir, env: { ...process.env, NO_COLOR: '1' }, timeout: 200_000, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') reject(error);
      else resolve({ status: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

const short = (t: Topology, duration = 2): Topology => ({ ...t, settings: { ...t.settings, duration, warmup: 0.2 } });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'iov-many-'));
  await writeFile(join(dir, 'classic.json'), JSON.stringify(short(example('classic-rack'))));
  await writeFile(join(dir, 'rack.json'), JSON.stringify(short(example('virtualized-rack'), 1)));
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('iov size, compare --servers and sweep', { timeout: 400_000 }, () => {
  it('sizes a classic rack’s virtualized counterpart on the upper bound of 5 replications, and says so', async () => {
    const run = await iov('size', 'classic.json', '--p99', '2.5', '--class', 'storage', '--json', '--threads', '2');
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.sized).toBe('virtualized counterpart');
    expect(report.replications).toBe(5);
    const [pool] = report.pools;
    expect(pool).toMatchObject({ switchId: 'sw1', trafficClass: 'storage' });
    for (const c of pool.candidates) {
      expect(c.p99ByReplication).toHaveLength(5);
      expect(c.p99Ci99[0]).toBeLessThanOrEqual(c.p99Ms);
      expect(c.p99Ci99[1]).toBeGreaterThanOrEqual(c.p99Upper99Ms);
      expect(c.marginMs).toBeCloseTo(2.5 - c.p99Upper99Ms, 9);
      expect(c.meets).toBe(c.failed === 0 && c.marginMs >= 0);
    }
    const chosen = pool.candidates.find((c: { adapters: number }) => c.adapters === pool.chosen);
    expect(chosen.p99Upper99Ms).toBeLessThanOrEqual(2.5);
    const human = await iov('size', 'classic.json', '--p99', '2.5', '--class', 'storage', '--threads', '1', '--replications', '3');
    expect(human.stdout).toMatch(/^The design's servers carry their own adapters: sizing its virtualized counterpart/);
    expect(human.stdout).toMatch(/3 replications per pool size; a size is accepted when the upper 99 % bound of its p99 meets 2.5 ms/);
    expect(human.stdout).toMatch(/p99 \d+\.\d{3} ms \(99 % CI \d+\.\d{3}–\d+\.\d{3}, upper bound \d+\.\d{3}\), margin −?\d+\.\d{3} ms/);
    expect(human.stdout).not.toMatch(/\(now \d/);
  });

  it('states where virtualization starts to pay as the rack grows (compare --servers --json)', async () => {
    const run = await iov('compare', 'classic.json', '--servers', '4..16', '--duration', '0.5', '--replications', '2', '--json');
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.breakEven).toEqual({ cost: 11, power: null });
    expect(report.scaling.points.map((p: { servers: number }) => p.servers)).toEqual([4, 8, 10, 11, 12, 16]); // 4, 8, 16 simulated; 12, 10, 11 costed in the bisection
    expect(report.scaling.rule).toMatch(/^Servers are added as the scale design adds them/);
    expect(report.scaling.points[0].p99Ms.virtualized.storage.ci99).toHaveLength(2);
    expect(run.stderr).toContain('iov compare: 3/3 server counts simulated');
    expect((await iov('compare', 'classic.json', '--servers', '16..4')).stderr).toMatch(/--servers: must be FROM\.\.TO/);
  });

  it('sweeps a grid, and 3 shards merge to the single run byte for byte', async () => {
    const grid = ['--vary', 'load=0.5..1.5:0.5', '--vary', 'hba=1..2', '--replications', '2'];
    const single = await iov('sweep', 'rack.json', ...grid, '--out', 'all.jsonl', '--threads', '2');
    expect(single.status).toBe(0);
    expect(single.stderr).toMatch(/iov sweep: 12\/12 runs\n$/);
    const shards = await Promise.all([1, 2, 3].map((k) => iov('sweep', 'rack.json', ...grid, '--shard', `${k}/3`, '--out', `part-${k}.jsonl`, '--threads', '1')));
    expect(shards.map((s) => s.status)).toEqual([0, 0, 0]);
    const merged = await iov('sweep', 'merge', 'part-2.jsonl', 'part-3.jsonl', 'part-1.jsonl', '--out', 'merged.jsonl');
    expect(merged.status).toBe(0);
    const all = await readFile(join(dir, 'all.jsonl'), 'utf8');
    expect(await readFile(join(dir, 'merged.jsonl'), 'utf8')).toBe(all);
    const lines = all.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(12);
    expect(lines[0]).toMatchObject({ parameters: { hba: 1, load: 0.5 }, replication: 0, seed: example('virtualized-rack').settings.seed });
    expect(lines.at(-1)).toMatchObject({ parameters: { hba: 2, load: 1.5 }, replication: 1 });
    expect(all).not.toMatch(/time|host/i);
    const twice = await iov('sweep', 'merge', 'part-1.jsonl', 'part-1.jsonl');
    expect(twice.status).toBe(2);
    expect(twice.stderr).toMatch(/given twice/);
    const bad = await iov('sweep', 'rack.json', '--vary', 'disks=1..2');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--vary: needs NAME=FROM\.\.TO\[:STEP\]/);
  });
});
