// The command line as a user runs it: `node bin/iov.mjs ...` in a child process, on files in a
// temporary folder. Each run pays tsx's start-up (about 1 s of CPU), so a few run at once, and the
// files are written from the model rather than by more runs wherever the CLI is not what is tested.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_NAMES, NOISY_CAP_MBPS, NOISY_SERVER_ID, checkDesign, countBySeverity, example, type Topology } from '../model/index.ts';
import { summaryLine } from './checkReport.ts';

const BIN = fileURLToPath(new URL('../../bin/iov.mjs', import.meta.url));
const MiB = 1024 * 1024;
const packageVersion: unknown = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;

type Run = { status: number; stdout: string; stderr: string };

let dir = '';

/** At most this many iov processes at once: more only makes each start-up slower on a small machine. */
const PARALLEL_RUNS = Math.min(4, availableParallelism() + 1);
let running = 0;
const waiting: (() => void)[] = [];

async function inTurn<T>(task: () => Promise<T>): Promise<T> {
  if (running >= PARALLEL_RUNS) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await task();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

/** Runs iov in the temporary folder, without colours, and never for more than 120 s. */
function iov(...args: string[]): Promise<Run> {
  return inTurn(() => new Promise((resolve, reject) => {
    const env = { ...process.env, NO_COLOR: '1' };
    execFile(process.execPath, [BIN, ...args], { cwd: dir, env, timeout: 120_000, maxBuffer: 8 * MiB }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') reject(error); // killed or not started: not an exit code
      else resolve({ status: error ? Number(error.code) : 0, stdout, stderr });
    });
  }));
}

/** Runs iov with `input` piped to its standard input (FILE given as `-`). */
function iovPiped(input: string | Uint8Array, ...args: string[]): Promise<Run> {
  return inTurn(() => new Promise((resolve, reject) => {
    const env = { ...process.env, NO_COLOR: '1' };
    const child = execFile(process.execPath, [BIN, ...args], { cwd: dir, env, timeout: 120_000, maxBuffer: 8 * MiB }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') reject(error);
      else resolve({ status: error ? Number(error.code) : 0, stdout, stderr });
    });
    // iov stops reading past its cap and closes the pipe: a write after that is not an error here.
    child.stdin?.on('error', () => {});
    child.stdin?.end(input);
  }));
}

function expectUnusable(run: Run, message: RegExp | string): void {
  expect(run.status).toBe(2);
  expect(run.stderr).toMatch(message);
  expect(run.stderr).not.toContain('    at '); // never a stack trace
}

/** virtualized-rack, changed by `edit`, as the text of a file (`any`: the edits break the type on purpose). */
function editedRack(edit: (design: any) => void): string {
  const design = example('virtualized-rack');
  edit(design);
  return JSON.stringify(design);
}

const serversWithoutPath = () => {
  const design = example('virtualized-rack');
  return { ...design, links: design.links.filter((link) => link.kind !== 'pcie') };
};

const FILES: Record<string, string> = {
  'classic.json': JSON.stringify(example('classic-rack'), null, 2),
  'no-path.json': JSON.stringify(serversWithoutPath()),
  'malformed.json': '{\n  "version": 1,\n  "nodes": [1, 2,],\n}\n',
  'router.json': editedRack((d) => { d.nodes[0].kind = 'router'; }),
  'missing-end.json': editedRack((d) => { d.links[0].target = 'sw9'; }),
  'duplicate.json': editedRack((d) => { d.nodes[1].id = d.nodes[0].id; }),
  'ports.json': editedRack((d) => { d.nodes.find((n: { kind: string }) => n.kind === 'fc-hba').props.ports = 9; }),
  'array.json': '[]',
  'rack-short.json': JSON.stringify({ ...example('virtualized-rack'), settings: { ...example('virtualized-rack').settings, duration: 2, warmup: 0.2 } }),
  'classic-fault.json': JSON.stringify({ ...example('classic-rack'), settings: { ...example('classic-rack').settings, duration: 2, warmup: 0.2, faults: [{ at: 0.5, until: 1, target: 'hba3' }] } }),
  'enormous-load.json': editedRack((d) => {
    for (const node of d.nodes) if (node.kind === 'server') node.workload.storageIops = 10_000_000;
    d.settings.duration = 3600;
  }),
  'v0.json': JSON.stringify({
    format: 'iov-topology-draft', title: 'Old rack',
    nodes: [
      { id: 's1', type: 'server', x: 0, y: 0 },
      { id: 'hba1', type: 'fc-hba', x: 0, y: 90, in: 's1' }, { id: 'nic1', type: 'eth-nic', x: 90, y: 90, in: 's1' },
      { id: 'san1', type: 'san', x: 0, y: 180 }, { id: 'lan1', type: 'lan', x: 90, y: 180 },
    ],
    edges: [{ id: 'l1', from: 'hba1', to: 'san1' }, { id: 'l2', from: 'lan1', to: 'nic1' }],
  }),
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'iov-cli-'));
  await Promise.all(Object.entries(FILES).map(([name, text]) => writeFile(join(dir, name), text)));
  // 50 MiB of spaces: valid-looking bytes, refused on its size alone.
  await writeFile(join(dir, 'huge.json'), Buffer.alloc(50 * MiB, 0x20));
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe.concurrent('iov, answers', { timeout: 240_000 }, () => {
  it('lists the built-in designs', async () => {
    const run = await iov('examples');
    expect(run.status).toBe(0);
    expect(EXAMPLE_NAMES).toHaveLength(4);
    for (const name of EXAMPLE_NAMES) expect(run.stdout).toMatch(new RegExp(`^${name} `, 'm'));
  });

  it('prints noisy-neighbour, Backup flooding at depth 32 under a storage cap, which checks with no error', async () => {
    const printed = await iov('example', 'noisy-neighbour');
    expect(printed.status).toBe(0);
    const design = JSON.parse(printed.stdout) as Topology;
    const backup = design.nodes.find((n) => n.id === NOISY_SERVER_ID);
    expect(backup).toMatchObject({ label: 'Backup', workload: { queueDepth: 32 }, qos: { storage: { maxMBps: NOISY_CAP_MBPS } } });
    await writeFile(join(dir, 'noisy.json'), printed.stdout);
    expect((await iov('check', 'noisy.json')).status).toBe(0);
  });

  it('prints virtualized-rack, which then checks with no error', async () => {
    const printed = await iov('example', 'virtualized-rack');
    expect(printed.status).toBe(0);
    expect(printed.stdout).toMatch(/^\{\n {2}"version": 2,/);
    await writeFile(join(dir, 'rack.json'), printed.stdout);
    const [human, json] = await Promise.all([iov('check', 'rack.json'), iov('check', 'rack.json', '--json')]);
    const expected = example('virtualized-rack');
    expect(human.status).toBe(0);
    expect(human.stdout.trimEnd().endsWith(summaryLine(checkDesign(expected), expected))).toBe(true);
    expect(json.status).toBe(0);
    const report = JSON.parse(json.stdout);
    expect(report).toMatchObject({ file: 'rack.json', name: 'Virtualized rack', counts: { error: 0 } });
    expect(report.counts).toEqual(countBySeverity(checkDesign(expected)));
    // The eight servers on one switch are one finding, with its badge on the switch.
    expect(report.counts).toEqual({ error: 0, warning: 1, info: 0 });
    expect(report.findings).toMatchObject([{
      rule: 'single-point-of-failure', anchorId: 'sw1',
      message: '8 servers reach storage and the network only through IOV switch (sw1): its failure cuts them all off. Cable each to a second IOV switch that has its own adapters.',
      subjectIds: ['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8'],
    }]);
  });

  it('checks classic-rack with no error', async () => {
    // The round trip through `iov example` is proven above; this file is written from the model.
    const run = await iov('check', 'classic.json');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('0 errors, 2 warnings, 0 info');
    // One finding per missing kind of second adapter, on no node: the eight servers share none.
    const report = JSON.parse((await iov('check', 'classic.json', '--json')).stdout);
    expect(report.findings.map((f: { message: string; anchorId: string | null; subjectIds: string[] }) => [f.message.split(':')[0], f.anchorId, f.subjectIds.length])).toEqual([
      ['8 servers each have a single FC HBA for storage', null, 8],
      ['8 servers each have a single Ethernet NIC for the network', null, 8],
    ]);
  });

  it('answers 1 when servers have no path, naming the rule', async () => {
    const run = await iov('check', '--json', 'no-path.json');
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.counts.error).toBeGreaterThan(0);
    // One finding per traffic class for all eight servers, on no node (they share none).
    expect(report.counts).toEqual({ error: 2, warning: 1, info: 1 });
    expect(report.findings[0]).toEqual({
      severity: 'error', rule: 'no-path',
      message: '8 servers have storage demand but no path to a SAN: place an FC HBA cabled to a SAN in each, or cable them to an IOV switch whose pool has one.',
      nodeIds: ['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8'], linkIds: [],
      subjectIds: ['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8'], anchorId: null,
    });
  });

  it('upgrades a version 0 file and says so on stderr', async () => {
    const run = await iov('check', 'v0.json');
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('note: upgraded from version 0');
    // Its one server has a single HBA and a single NIC: two fixes, two findings.
    expect(run.stdout).toContain('0 errors, 2 warnings, 0 info in "Old rack" (5 nodes, 2 links)');
  });

  it('shows help and the version', async () => {
    const [help, version] = await Promise.all([iov('--help'), iov('--version')]);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/check FILE[\s\S]*simulate FILE[\s\S]*compare FILE[\s\S]*size FILE[\s\S]*link FILE[\s\S]*open LINK[\s\S]*examples[\s\S]*example NAME/);
    expect(version.stdout.trim()).toBe(packageVersion);
  });
});

describe.concurrent('iov simulate', { timeout: 240_000 }, () => {
  it('prints a readable summary: adapters, servers, pools, failures', async () => {
    const run = await iov('simulate', 'rack-short.json');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Virtualized rack: 2 s simulated \(0\.2 s warm-up discarded\), seed 1, [\d,]+ events/);
    expect(run.stdout).toMatch(/^hba1 +FC HBA +sw1 +\d+\.\d %/m);
    expect(run.stdout).toMatch(/^s5 +Backup +[\d.]+ \/ [\d.]+ \/ [\d.]+/m);
    expect(run.stdout).toMatch(/^sw1 +storage +up +2 +G\/G\/c \(Allen–Cunneen\) approx\./m);
    expect(run.stdout).toContain('Failures: none');
  });

  it('prints the JSON of SIMULATION.md, the same for the same seed, other numbers for another', async () => {
    const [first, again, other] = await Promise.all([
      iov('simulate', 'rack-short.json', '--json'),
      iov('simulate', 'rack-short.json', '--json'),
      iov('simulate', 'rack-short.json', '--json', '--seed', '7'),
    ]);
    expect(first.status).toBe(0);
    expect(first.stdout).toBe(again.stdout);
    const result = JSON.parse(first.stdout);
    expect(result).toMatchObject({ seed: 1, duration: 2, warmup: 0.2 });
    expect(result.series).toBeUndefined();
    expect(Object.keys(result.adapters[0])).toEqual(expect.arrayContaining(['id', 'kind', 'switchId', 'utilization', 'utilizationUp', 'utilizationDown', 'throughputMBps', 'iops']));
    expect(Object.keys(result.servers[0].storage)).toEqual(expect.arrayContaining(['completed', 'failed', 'retried', 'iops', 'throughputMBps', 'waitedFraction', 'waitMs', 'responseMs']));
    expect(result.pools[0]).toMatchObject({ switchId: 'sw1', class: 'storage', direction: 'up', ports: 2, analytic: { exact: false } });
    expect(JSON.parse(other.stdout).seed).toBe(7);
    expect(other.stdout).not.toBe(first.stdout);
  });

  it('gives, in JSON, every port, the port stage of pools and dedicated adapters, and fault windows', async () => {
    const [rack, classic] = await Promise.all([iov('simulate', 'rack-short.json', '--json'), iov('simulate', 'classic-fault.json', '--json')]);
    const pooled = JSON.parse(rack.stdout);
    expect(pooled.adapters[0].ports.map((p: { id: string }) => p.id)).toEqual(['hba1:1']);
    expect(Object.keys(pooled.pools[0].simulated.waitMs)).toEqual(['mean', 'p50', 'p95', 'p99', 'ci99']);
    expect(pooled.pools[0].simulated.responseMs.p99).toBeGreaterThan(pooled.pools[0].simulated.responseMs.p50);
    expect(pooled.dedicated).toEqual([]);
    expect(pooled.faultWindows).toEqual([]);
    const dedicated = JSON.parse(classic.stdout);
    expect(classic.status).toBe(0);
    expect(dedicated.dedicated.find((d: { adapterId: string; direction: string }) => d.adapterId === 'hba3' && d.direction === 'up'))
      .toMatchObject({ serverId: 's3', class: 'storage', ports: 1, analytic: { exact: true } });
    expect(dedicated.faultWindows.map((w: { start: number; end: number; failed: string[] }) => [w.start, w.end, w.failed])).toEqual([[0.2, 0.5, []], [0.5, 1, ['hba3']], [1, 2, []]]);
    expect(dedicated.faults).toEqual([{ target: 'hba3', at: 0.5, until: 1, windows: { before: 0, during: [1], after: 2 } }]);
    expect(dedicated.faultWindows[1].storage.failed).toBeGreaterThan(1000);
    const text = await iov('simulate', 'classic-fault.json');
    expect(text.stdout).toContain('Fault windows: end-to-end p99 in ms, and I/Os that failed');
    expect(text.stdout).toMatch(/^0\.5 +1 +hba3 +[\d.]+ +[\d.]+ +1,\d{3}$/m);
  });

  it('still runs a design with error findings, counting traffic with no path as failed', async () => {
    const run = await iov('simulate', 'no-path.json', '--json', '--duration', '1');
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/note: the design has 2 error findings/);
    const result = JSON.parse(run.stdout);
    expect(result.servers[0].storage.failed).toBeGreaterThan(0);
    expect(result.servers[0].storage.completed).toBe(0);
  });

  it('refuses bad options, a bad file and a run over the event budget with exit 2', async () => {
    const [options, file, budget] = await Promise.all([
      iov('simulate', 'rack-short.json', '--duration=-1', '--seed', 'x'),
      iov('simulate', 'router.json'),
      iov('simulate', 'enormous-load.json'),
    ]);
    expectUnusable(options, /--seed: must be a number[\s\S]*--duration: must be at least 0.01/);
    expectUnusable(file, /nodes\[0\]\.kind: is "router", not a known kind/);
    expectUnusable(budget, /more than the budget .*: shorten the duration or lighten the workloads/);
  });
});

describe.concurrent('iov compare and iov size', { timeout: 240_000 }, () => {
  it('compares the classic rack with its virtualized counterpart', async () => {
    const [human, json] = await Promise.all([iov('compare', 'classic.json', '--duration', '2'), iov('compare', 'classic.json', '--duration', '2', '--json')]);
    expect(human.status).toBe(0);
    expect(human.stdout).toMatch(/^dedicated +16 +16 +0 /m);
    expect(human.stdout).toMatch(/^virtualized +4 +12 +8 /m);
    expect(human.stdout).toContain('−75 % adapters (16 → 4)');
    const report = JSON.parse(json.stdout);
    expect(report.virtualized.meanAdapterUtilization).toBeGreaterThan(report.dedicated.meanAdapterUtilization);
  });

  it('sizes the pools: 0 when a size meets the target, 1 when none can, 2 without --p99', async () => {
    const [meets, impossible, missing] = await Promise.all([
      iov('size', 'rack-short.json', '--p99', '2.5', '--class', 'storage', '--n-plus-one', '--json'),
      iov('size', 'rack-short.json', '--p99', '0.5', '--class', 'storage'),
      iov('size', 'rack-short.json'),
    ]);
    expect(meets.status).toBe(0);
    expect(JSON.parse(meets.stdout).pools[0]).toMatchObject({ switchId: 'sw1', trafficClass: 'storage', chosen: 2 });
    expect(impossible.status).toBe(1);
    expect(impossible.stdout).toMatch(/sw1 storage pool: no pool of up to 6 adapters meets the target/);
    expectUnusable(missing, /--p99: is required/);
  });
});

describe.concurrent('iov link and iov open', { timeout: 240_000 }, () => {
  it('turn a file into a link and the link back into the same design', async () => {
    const [fragment, url] = await Promise.all([iov('link', 'classic.json'), iov('link', 'classic.json', '--base', 'https://iov.example/app/')]);
    expect(fragment.status).toBe(0);
    expect(fragment.stdout).toMatch(/^#d=1[A-Za-z0-9_-]+\n$/);
    expect(url.stdout).toBe(`https://iov.example/app/${fragment.stdout}`);
    const opened = await iov('open', url.stdout.trim());
    expect(opened.status).toBe(0);
    expect(JSON.parse(opened.stdout)).toEqual(example('classic-rack'));
  });

  it('refuse a damaged link and a bad --base with exit 2', async () => {
    const [damaged, empty, base] = await Promise.all([
      iov('open', '#d=1AAAA$'),
      iov('open', 'https://iov.example/app/'),
      iov('link', 'classic.json', '--base', 'not a url'),
    ]);
    expectUnusable(damaged, /The link is damaged or incomplete: character 6 is not part of a link/);
    expectUnusable(empty, /holds no design \(it has no "#d=" part\)/);
    expectUnusable(base, /--base: must be an http or https address/);
  });
});

describe.concurrent('iov, unusable input (exit 2, no stack trace)', { timeout: 240_000 }, () => {
  it.each([
    ['malformed JSON, with its line and column', 'malformed.json', /malformed\.json:3:18: Unexpected token '\]': the file is not valid JSON/],
    ['a link to a missing node', 'missing-end.json', /links\[0\]\.target: .*"sw9", which does not exist/],
    ['duplicate ids', 'duplicate.json', /nodes\[1\]\.id: .*used twice/],
    ['a property out of range', 'ports.json', /nodes\[\d+\]\.props\.ports: is 9, above the maximum of 4/],
    ['JSON that is not an object', 'array.json', /\(document\): This is not an IOV Studio design/],
    ['a missing file', 'absent.json', /absent\.json: No such file/],
  ])('refuses %s', async (_, file, message) => {
    expectUnusable(await iov('check', file), message);
  });

  it('refuses an unknown kind, and gives the problems as JSON with --json', async () => {
    const run = await iov('check', 'router.json', '--json');
    expectUnusable(run, /nodes\[0\]\.kind: /);
    expect(JSON.parse(run.stdout).problems[0]).toMatchObject({ path: 'nodes[0].kind' });
  });

  it('refuses a 50 MiB file on its size, without reading it', async () => {
    const run = await iov('check', 'huge.json');
    // Read, 50 MiB of spaces would be "Unexpected end of JSON input": the size message shows it was not.
    expectUnusable(run, /huge\.json: The file is 50 MiB \(52,428,800 bytes\); iov reads design files of at most 4 MiB/);
    expect(run.stderr).not.toContain('JSON');
  });

  it('reads FILE "-" from standard input, and names it in its problems', async () => {
    const [file, piped] = await Promise.all([iov('check', 'classic.json', '--json'), iovPiped(FILES['classic.json']!, 'check', '-', '--json')]);
    expect(piped.status).toBe(file.status);
    expect(JSON.parse(piped.stdout)).toEqual({ ...JSON.parse(file.stdout), file: '-' });
    expectUnusable(await iovPiped(FILES['malformed.json']!, 'check', '-'), /standard input:3:18: Unexpected token '\]'/);
  });

  it('stops reading standard input past 4 MiB', async () => {
    const run = await iovPiped(new Uint8Array(5 * MiB).fill(32), 'check', '-');
    expectUnusable(run, /standard input: More than 4 MiB came in; iov reads design files of at most 4 MiB/);
  });

  it('refuses bad commands and arguments with the usage', async () => {
    const [unknown, nope, missing] = await Promise.all([iov('frobnicate'), iov('example', 'nope'), iov('check', '--json')]);
    expectUnusable(unknown, /unknown command "frobnicate"[\s\S]*Usage: iov COMMAND/);
    expectUnusable(nope, /no example named "nope"; use one of: classic-rack, virtualized-rack, redundant-virtualized/);
    // A command's usage error shows that command's help (the same text as `iov check --help`).
    expectUnusable(missing, /iov check: missing FILE[\s\S]*Usage: iov check FILE \[--json\][\s\S]*--json  Print/);
  });
});
