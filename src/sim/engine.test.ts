import { describe, expect, it } from 'vitest';
import { example, type Topology } from '../model/index.ts';
import { EventBudgetError, createSimulation, hashResult, simulate } from './index.ts';
import { pooledDesign } from './validationDesigns.ts';

const short = (topology: Topology, settings: Partial<Topology['settings']> = {}): Topology => ({
  ...topology, settings: { ...topology.settings, duration: 4, warmup: 0.4, ...settings },
});

const adapter = (result: ReturnType<typeof simulate>, id: string) => result.adapters.find((a) => a.id === id)!;
const totals = (result: ReturnType<typeof simulate>, cls: 'storage' | 'network') =>
  result.servers.reduce((sum, s) => ({ failed: sum.failed + s[cls].failed, retried: sum.retried + s[cls].retried, completed: sum.completed + s[cls].completed }), { failed: 0, retried: 0, completed: 0 });

describe('determinism', () => {
  const design = short(example('virtualized-rack'));

  it('gives the same bits for the same design and seed', () => {
    expect(hashResult(simulate(design))).toBe(hashResult(simulate(design)));
  });

  it('gives the same bits whatever the chunking of the run', () => {
    const whole = hashResult(simulate(design));
    const chunked = createSimulation(design);
    let t = 0;
    for (const step of [0.0001, 0.37, 0.001, 1.2, 0.05, 0.3333]) {
      t += step;
      chunked.advanceTo(t);
    }
    for (let i = 0; i < 40; i++) chunked.advanceTo(t + i * 0.061);
    chunked.advanceTo(Infinity);
    expect(hashResult(chunked.result())).toBe(whole);
  });

  it('gives other numbers for another seed', () => {
    expect(hashResult(simulate(design, { seed: 2 }))).not.toBe(hashResult(simulate(design)));
  });

  it('keeps a server’s own numbers when another server is added', () => {
    const classic = short(example('classic-rack'));
    const withNinth = structuredClone(classic);
    withNinth.nodes.push({ ...structuredClone(classic.nodes.find((n) => n.id === 's1')!), id: 's9', label: 'Extra' });
    const before = simulate(classic).servers.find((s) => s.id === 's1')!;
    const after = simulate(withNinth).servers.find((s) => s.id === 's1')!;
    expect(after).toEqual(before);
  });
});

describe('what a run reports', () => {
  const result = simulate(short(example('virtualized-rack')));

  it('names every adapter, link, server and pool direction', () => {
    expect(result.adapters.map((a) => a.id)).toEqual(['hba1', 'hba2', 'nic1', 'nic2']);
    expect(result.links).toHaveLength(12);
    expect(result.servers.map((s) => s.id)).toEqual(['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8']);
    expect(result.pools.map((p) => `${p.class}/${p.direction}`)).toEqual(['storage/up', 'storage/down', 'network/up', 'network/down']);
    expect(result).toMatchObject({ seed: 1, duration: 4, warmup: 0.4 });
  });

  it('carries each server’s demand: throughput matches the workload within 5 %', () => {
    // The backup server (s5): 400 IOPS of 256 KiB = 104.9 MB/s.
    const backup = result.servers.find((s) => s.id === 's5')!.storage;
    expect(Math.abs(backup.iops - 400) / 400).toBeLessThan(0.05);
    expect(Math.abs(backup.throughputMBps - 104.9) / 104.9).toBeLessThan(0.05);
    expect(backup.failed).toBe(0);
    expect(backup.responseMs.p50).toBeLessThan(backup.responseMs.p95);
    expect(backup.responseMs.p95).toBeLessThan(backup.responseMs.p99);
  });

  it('gives pooled adapters the utilization the model predicts for the pool', () => {
    const pooled = (adapter(result, 'hba1').utilizationUp + adapter(result, 'hba2').utilizationUp) / 2;
    expect(pooled).toBeGreaterThan(0.06);
    expect(pooled).toBeLessThan(0.12);
    expect(result.links.find((l) => l.id === 'l9')!.utilization).toBe(adapter(result, 'hba1').utilization);
  });

  it('keeps a bounded utilization series for every adapter and PCIe cable', () => {
    expect(result.series.step).toBe(0.01);
    expect(result.series.adapters.hba1).toHaveLength(400);
    expect(Object.keys(result.series.links)).toEqual(['l1', 'l2', 'l3', 'l4', 'l5', 'l6', 'l7', 'l8']);
    const long = simulate(short(example('virtualized-rack'), { duration: 45, warmup: 1 }));
    expect(long.series.adapters.hba1!.length).toBeLessThanOrEqual(2000);
    expect(long.series.step).toBe(0.04);
  });
});

describe('faults and failover', () => {
  it('moves a failed pooled HBA’s load to the other, with no failed I/O', () => {
    const base = short(example('virtualized-rack'), { duration: 6, warmup: 0.5 });
    const healthy = simulate(base);
    const faulted = simulate({ ...base, settings: { ...base.settings, faults: [{ at: 0, target: 'hba1' }] } });
    expect(adapter(faulted, 'hba2').utilization).toBeGreaterThan(adapter(healthy, 'hba2').utilization * 3);
    expect(adapter(faulted, 'hba1').utilization).toBe(0);
    expect(totals(faulted, 'storage').failed).toBe(0);
  });

  it('counts I/Os with nowhere to go as failed, and retries those on a failed element', () => {
    const base = short(example('virtualized-rack'), { duration: 4, warmup: 0.2 });
    const result = simulate({ ...base, settings: { ...base.settings, faults: [{ at: 1, until: 3, target: 'hba1' }, { at: 1.0000001, until: 2, target: 'hba2' }] } });
    const storage = totals(result, 'storage');
    // About one second with no HBA: roughly 7,450 storage I/Os a second fail.
    expect(storage.failed).toBeGreaterThan(6000);
    expect(storage.failed).toBeLessThan(9000);
    expect(totals(result, 'network').failed).toBe(0);
  });

  it('retries I/Os in service and queued when their port fails', () => {
    // A busy pool: 4 servers × 700/s on 4 HBAs at 70 %; one HBA fails mid-run.
    const design = pooledDesign({ servers: 4, ports: 4, arrivalRate: 700, serviceSeconds: 1e-3, duration: 20 });
    const result = simulate({ ...design, settings: { ...design.settings, faults: [{ at: 10, target: 'hba1' }] } });
    const storage = totals(result, 'storage');
    expect(storage.retried).toBeGreaterThan(0);
    expect(storage.failed).toBe(0);
  });

  it('survives a whole switch in the redundant rack: the other switch carries everything', () => {
    const base = short(example('redundant-virtualized'), { duration: 4, warmup: 0.2 });
    const result = simulate({ ...base, settings: { ...base.settings, faults: [{ at: 0, target: 'sw1' }] } });
    expect(totals(result, 'storage').failed).toBe(0);
    expect(adapter(result, 'hba1').utilization).toBe(0);
    expect(adapter(result, 'hba3').utilization).toBeGreaterThan(0.1);
  });

  it('fails a dedicated adapter’s I/O while it is down, and serves again after', () => {
    const base = short(example('classic-rack'), { duration: 4, warmup: 0.2 });
    const result = simulate({ ...base, settings: { ...base.settings, faults: [{ at: 1, until: 2, target: 'hba3' }] } });
    const database = result.servers.find((s) => s.id === 's3')!.storage;
    // 3,000 IOPS for one second.
    expect(database.failed).toBeGreaterThan(2700);
    expect(database.failed).toBeLessThan(3300);
    expect(database.completed).toBeGreaterThan(7000);
  });
});

const policy = (p: 'shared-queue' | 'least-loaded' | 'static') =>
  simulate(pooledDesign({ servers: 4, ports: 2, arrivalRate: 250, serviceSeconds: 1e-3, duration: 30, policy: p }));

describe('designs with error findings', () => {
  it('still run: with no PCIe cable every I/O fails, and frames report idle adapters', () => {
    const rack = short(example('virtualized-rack'));
    const cut = { ...rack, links: rack.links.filter((l) => l.kind !== 'pcie') };
    const simulation = createSimulation(cut);
    const frame = simulation.advanceTo(2);
    expect(Array.from(frame.adapterUtilization)).toEqual([0, 0, 0, 0]);
    simulation.advanceTo(Infinity);
    const result = simulation.result();
    expect(totals(result, 'storage').completed).toBe(0);
    expect(totals(result, 'storage').failed).toBeGreaterThan(20_000);
  });
});

describe('dispatch policies', () => {

  it('shared-queue prefers the lowest idle port; least-loaded and static spread the load', () => {
    const shared = policy('shared-queue');
    expect(adapter(shared, 'hba1').utilization).toBeGreaterThan(adapter(shared, 'hba2').utilization);
    const fixed = policy('static');
    // Servers s1 and s3 are bound to hba1, s2 and s4 to hba2: 500/s of 1 ms each, ρ = 0.5.
    expect(adapter(fixed, 'hba1').utilization).toBeCloseTo(0.5, 1);
    expect(adapter(fixed, 'hba2').utilization).toBeCloseTo(0.5, 1);
    // Each port is fed whole Poisson streams: M/M/1 per port is exact (analytic.test.ts).
    expect(fixed.pools[0]!.analytic).toMatchObject({ model: 'M/M/1 per port', exact: true });
    const least = policy('least-loaded');
    expect(least.pools[0]!.analytic.model).toBe('M/M/c (lower bound)');
    // Pooling beats static binding.
    expect(shared.pools[0]!.simulated.meanResponseMs).toBeLessThan(fixed.pools[0]!.simulated.meanResponseMs);
    expect(least.pools[0]!.simulated.meanResponseMs).toBeLessThan(fixed.pools[0]!.simulated.meanResponseMs);
  });
});

describe('limits', () => {
  it('refuses a run over the event budget before starting, with a message saying what to do', () => {
    expect(() => createSimulation(example('virtualized-rack'), { maxEvents: 1000 })).toThrow(EventBudgetError);
    expect(() => createSimulation(example('virtualized-rack'), { maxEvents: 1000 })).toThrow(/shorten the duration/);
  });

  it('keeps memory bounded on a long run: I/Os in flight stay few', () => {
    const simulation = createSimulation(short(example('virtualized-rack'), { duration: 60, warmup: 1 }));
    let most = 0;
    for (let t = 1; t <= 60; t++) most = Math.max(most, simulation.advanceTo(t).inFlight);
    expect(most).toBeLessThan(100);
  });

  it('reports frames with utilization since the previous frame', () => {
    const simulation = createSimulation(short(example('virtualized-rack')));
    const frame = simulation.advanceTo(1);
    expect(simulation.layout.adapterIds).toEqual(['hba1', 'hba2', 'nic1', 'nic2']);
    expect(frame.time).toBe(1);
    expect(frame.adapterUtilization[0]).toBeGreaterThan(0);
    expect(frame.linkUtilization).toHaveLength(12);
    expect(frame.done).toBe(false);
    expect(simulation.advanceTo(10).done).toBe(true);
  });
});
