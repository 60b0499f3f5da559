import { describe, expect, it } from 'vitest';
import { example, poolAdapters, type Topology } from '../../model/index.ts';
import { runInProcess } from '../runMany.ts';
import { designAt } from './sweepDesign.ts';
import { mergeSweepLines } from './sweepMerge.ts';
import { gridPoints, parseVary } from './sweepParameters.ts';
import { formatSweepLine, planSweep, runSweep, shardRunCount, type Shard } from './sweepPlan.ts';

const servers = (t: Topology) => t.nodes.flatMap((n) => (n.kind === 'server' ? [n.workload] : []));
const short = (t: Topology): Topology => ({ ...t, settings: { ...t.settings, duration: 1, warmup: 0.1 } });

describe('sweep parameters', () => {
  it('read ranges with counted steps, lists, and refuse what is not one', () => {
    expect(parseVary('load=0.5..1.5:0.25')).toEqual({ ok: true, value: { parameter: 'load', values: [0.5, 0.75, 1, 1.25, 1.5] } });
    expect(parseVary('load=0.1..0.3:0.1')).toEqual({ ok: true, value: { parameter: 'load', values: [0.1, 0.2, 0.3] } });
    expect(parseVary('hba=1..4')).toEqual({ ok: true, value: { parameter: 'hba', values: [1, 2, 3, 4] } });
    expect(parseVary('seed=42,7,7,1')).toEqual({ ok: true, value: { parameter: 'seed', values: [1, 7, 42] } });
    expect(parseVary('disks=1..2')).toMatchObject({ ok: false, message: expect.stringContaining('NAME one of servers, hba, nic, load, seed') });
    expect(parseVary('hba=1..4:0.5')).toEqual({ ok: false, message: 'hba: 1.5 is not a whole number from 0 to 64.' });
    expect(parseVary('load=2..1')).toEqual({ ok: false, message: 'load: TO (1) is below FROM (2).' });
    expect(parseVary('load=0..1:0.5')).toEqual({ ok: false, message: 'load: 0 would be no traffic at all; start above 0.' });
    expect(parseVary('servers=1..100000:1')).toMatchObject({ ok: false });
  });

  it('make a grid in the order of the lines: servers, hba, nic, load, seed, each ascending', () => {
    const load = { parameter: 'load' as const, values: [0.5, 1] };
    const hba = { parameter: 'hba' as const, values: [1, 2] };
    expect(gridPoints([load, hba])).toEqual([{ hba: 1, load: 0.5 }, { hba: 1, load: 1 }, { hba: 2, load: 0.5 }, { hba: 2, load: 1 }]);
  });

  it('change the design as documented', () => {
    const rack = example('virtualized-rack');
    const made = designAt(rack, { hba: 3, nic: 1, load: 2 });
    if (!made.ok) throw new Error(made.reason);
    const sw = made.topology.nodes.find((n) => n.kind === 'iov-switch')!.id;
    expect(poolAdapters(made.topology, sw, 'storage')).toHaveLength(3);
    expect(poolAdapters(made.topology, sw, 'network')).toHaveLength(1);
    expect(servers(made.topology).map((w) => w.storageIops)).toEqual(servers(rack).map((w) => w.storageIops * 2));
    const scaled = designAt(rack, { servers: 20 });
    expect(scaled.ok && scaled.topology.nodes.filter((n) => n.kind === 'server')).toHaveLength(20);
    expect(scaled.ok && scaled.topology.nodes.filter((n) => n.kind === 'iov-switch')).toHaveLength(2);
    expect(scaled.ok && scaled.topology.settings.seed).toBe(rack.settings.seed);
    expect(designAt(example('classic-rack'), { hba: 2 })).toMatchObject({ ok: false, reason: expect.stringContaining('virtualize it first') });
  });
});

describe('a sweep split into shards', { timeout: 120_000 }, () => {
  const axes = [{ parameter: 'load' as const, values: [0.5, 1] }, { parameter: 'nic' as const, values: [1, 2] }];

  async function linesOf(shard?: Shard): Promise<string> {
    const planned = planSweep(axes, 3, shard);
    if (!planned.ok) throw new Error(planned.reason);
    let text = '';
    await runSweep(short(example('virtualized-rack')), planned.plan, runInProcess, (lines) => { text += lines.map((l) => `${formatSweepLine(l)}\n`).join(''); }, 4);
    return text;
  }

  it('merges 3 shards to the single run, byte for byte', async () => {
    const single = await linesOf();
    expect(single.split('\n').filter(Boolean)).toHaveLength(12);
    const shards = await Promise.all([1, 2, 3].map((index) => linesOf({ index, count: 3 })));
    expect(shards.map((s) => s.split('\n').filter(Boolean).length)).toEqual([4, 4, 4]);
    // Parts in any order: the merge sorts.
    const merged = mergeSweepLines([{ name: 'c', text: shards[2]! }, { name: 'a', text: shards[0]! }, { name: 'b', text: shards[1]! }]);
    expect(merged).toEqual({ ok: true, text: single, lines: 12 });
    // No clock or host in a line: the same run gives the same bytes.
    expect(await linesOf({ index: 2, count: 3 })).toBe(shards[1]);
    const first = JSON.parse(single.split('\n')[0]!);
    expect(Object.keys(first)).toEqual(['parameters', 'replication', 'seed', 'figures']);
    expect(first.parameters).toEqual({ nic: 1, load: 0.5 });
    expect(first.seed).toBe(1);
  });

  it('refuses a part given twice, a foreign line, or parts of different sweeps', () => {
    const line = '{"parameters":{"hba":1},"replication":0,"seed":1,"figures":{}}';
    expect(mergeSweepLines([{ name: 'a', text: line }, { name: 'b', text: line }])).toMatchObject({ ok: false, reason: expect.stringContaining('b:1: the run') });
    expect(mergeSweepLines([{ name: 'a', text: 'hello' }])).toMatchObject({ ok: false, reason: expect.stringContaining('a:1: not a line of iov sweep') });
    expect(mergeSweepLines([{ name: 'a', text: line }, { name: 'b', text: '{"parameters":{"nic":1},"replication":0,"seed":1,"figures":{}}' }]))
      .toMatchObject({ ok: false, reason: expect.stringContaining('parts of different sweeps') });
  });

  it('counts the runs of each shard', () => {
    const planned = planSweep([{ parameter: 'hba', values: [1, 2, 3, 4, 5] }], 2, { index: 3, count: 4 });
    expect(planned.ok && shardRunCount(planned.plan)).toBe(2); // runs 2 and 6 of 0..9
    expect(planSweep([{ parameter: 'hba', values: [1] }], 2, { index: 5, count: 4 })).toMatchObject({ ok: false });
  });
});
