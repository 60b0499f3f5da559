import { describe, expect, it } from 'vitest';
import { example, mm1, mmc, type Topology } from '../model/index.ts';
import { simulate } from './index.ts';
import { pooledDesign, singleQueueDesign } from './validationDesigns.ts';

/**
 * The statistics of a run beyond the end-to-end figures: mean queue lengths, the port stage of pools
 * and dedicated adapters, every port, and fault windows. Textbook values from domain.md §3–4
 * (M/M/1: L = ρ/(1−ρ); A2: Wq95 = 1.791 ms, T95 = 3.752 ms, T99 = 5.493 ms, L = 3.800).
 */
const MS = 1e-3;

function expectWithin(simulated: number, expected: number, tolerance: number) {
  expect(Math.abs(simulated - expected) / expected, `simulated ${simulated} vs ${expected}`).toBeLessThan(tolerance);
}

const withFaults = (topology: Topology, faults: Topology['settings']['faults'], settings: Partial<Topology['settings']> = {}): Topology =>
  ({ ...topology, settings: { ...topology.settings, ...settings, faults } });

describe('mean queue length', { timeout: 120_000 }, () => {
  // M/M/1 at ρ = 0.6 (seed 1, 400 s, about 216,000 I/Os measured).
  const result = simulate(singleQueueDesign({ arrivalRate: 600, serviceSeconds: 1 * MS, duration: 400 }));

  it('of a dedicated adapter counts its waiting I/Os: L = ρ/(1−ρ) = 1.5, not ρ', () => {
    expectWithin(result.adapters[0]!.meanQueueLength, mm1(600, 1 * MS).meanInSystem, 0.03);
    expectWithin(result.adapters[0]!.utilization, 0.6, 0.01);
  });

  it('gives the dedicated adapter an analytic row beside its simulated port stage', () => {
    const [up, down] = result.dedicated;
    expect(result.dedicated).toHaveLength(2);
    expect(up).toMatchObject({ adapterId: 'hba1', serverId: 's1', class: 'storage', direction: 'up', ports: 1 });
    expect(up!.analytic).toMatchObject({ model: 'M/M/1', exact: true });
    // Pollaczek–Khinchine on the true moments: the 1 µs IOPS ceiling moves 1.5 by 6.5e-7.
    expectWithin(up!.analytic.meanQueueLength, 1.5, 1e-5);
    expectWithin(up!.simulated.meanQueueLength, 1.5, 0.03);
    expectWithin(up!.simulated.meanResponseMs, 2.5, 0.03);
    expect(up!.simulated.responseMs.ci99[0]).toBeLessThan(2.5);
    expect(up!.simulated.responseMs.ci99[1]).toBeGreaterThan(2.5);
    // Reads only: nothing flows down.
    expect(down!.simulated.completed).toBe(0);
    expect(down!.analytic.model).toBe('idle');
  });

  it('agrees with Little’s law on the simulated figures: L = λW', () => {
    const up = result.dedicated[0]!.simulated;
    expectWithin(up.meanQueueLength, (up.completed / 360) * up.meanResponseMs * MS, 0.01);
  });
});

describe('a pool’s port stage', { timeout: 120_000 }, () => {
  // A2, M/M/4: 4 servers × 700/s of 1 ms on 4 HBAs (seed 1, 150 s, about 378,000 I/Os).
  const result = simulate(pooledDesign({ servers: 4, ports: 4, arrivalRate: 700, serviceSeconds: 1 * MS, duration: 150 }));
  const pool = result.pools.find((p) => p.direction === 'up')!;
  const analytic = mmc(2800, 1 * MS, 4);

  it('gives the wait’s mean, percentiles and interval', () => {
    const wait = pool.simulated.waitMs;
    expectWithin(wait.mean, analytic.meanWait / MS, 0.03);
    expectWithin(wait.p95, analytic.waitPercentile(0.95) / MS, 0.03);
    expect(wait.p50).toBe(0); // C = 0.43: most I/Os do not wait
    expect(wait.ci99[0]).toBeLessThan(analytic.meanWait / MS);
    expect(wait.ci99[1]).toBeGreaterThan(analytic.meanWait / MS);
    expectWithin(pool.analytic.meanWaitMs, 0.3572, 5e-4);
  });

  it('gives the response’s percentiles: T95 = 3.752 ms, T99 = 5.493 ms', () => {
    expectWithin(pool.simulated.responseMs.p95, 3.752, 0.03);
    expectWithin(pool.simulated.responseMs.p99, 5.493, 0.03);
    expect(pool.simulated.responseMs.mean).toBe(pool.simulated.meanResponseMs);
    expect(pool.simulated.responseMs.ci99).toEqual(pool.simulated.ci99);
  });

  it('gives the pool’s L (shared queue and ports) and its utilization', () => {
    expectWithin(pool.simulated.meanQueueLength, 3.8, 0.03);
    expectWithin(pool.analytic.meanQueueLength, 3.8, 5e-4);
    expectWithin(pool.simulated.utilization, 0.7, 0.02);
  });
});

describe('every port of a multi-port adapter', () => {
  it('reports each port; the adapter its busiest port-direction', () => {
    // Two ports on one dedicated HBA, one queue: M/M/2 at λ = 1,400/s (seed 1, 20 s).
    const result = simulate(singleQueueDesign({ arrivalRate: 1400, serviceSeconds: 1 * MS, adapterPorts: 2, duration: 20 }));
    const hba = result.adapters[0]!;
    expect(hba.ports.map((p) => p.id)).toEqual(['hba1:1', 'hba1:2']);
    // Shared queue hands work to the lowest idle port first: port 1 is busier.
    expect(hba.ports[0]!.utilizationUp).toBeGreaterThan(hba.ports[1]!.utilizationUp);
    expect(hba.utilization).toBe(hba.ports[0]!.utilization);
    expectWithin((hba.ports[0]!.utilizationUp + hba.ports[1]!.utilizationUp) / 2, 0.7, 0.03);
    expectWithin(hba.ports[0]!.iops + hba.ports[1]!.iops, hba.iops, 1e-12);
  });
});

describe('fault windows', { timeout: 60_000 }, () => {
  it('one fault: before, during, after, with the failed I/Os in the window they failed in', () => {
    const classic = example('classic-rack');
    const result = simulate(withFaults(classic, [{ at: 1, until: 2, target: 'hba3' }], { duration: 4, warmup: 0.2 }));
    expect(result.faultWindows.map((w) => [w.start, w.end, w.failed])).toEqual([[0.2, 1, []], [1, 2, ['hba3']], [2, 4, []]]);
    expect(result.faults).toEqual([{ target: 'hba3', at: 1, until: 2, windows: { before: 0, during: [1], after: 2 } }]);
    const [before, during, after] = result.faultWindows;
    // The database server's 3,000 IOPS fail for one second; nothing fails outside it.
    expect(during!.storage.failed).toBeGreaterThan(2700);
    expect(during!.storage.failed).toBeLessThan(3300);
    expect(before!.storage.failed + after!.storage.failed).toBe(0);
    expect(during!.adapters.find((a) => a.id === 'hba3')!.utilization).toBe(0);
    expect(after!.adapters.find((a) => a.id === 'hba3')!.utilization).toBeGreaterThan(0);
    const total = result.servers.reduce((sum, s) => sum + s.storage.completed, 0);
    expect(result.faultWindows.reduce((sum, w) => sum + w.storage.completed, 0)).toBe(total);
  });

  it('overlapping faults on a pool: the window with both HBAs down fails every storage I/O', () => {
    const rack = example('virtualized-rack');
    const result = simulate(withFaults(rack, [{ at: 1, until: 3, target: 'hba1' }, { at: 2, until: 2.5, target: 'hba2' }], { duration: 4, warmup: 0.2 }));
    expect(result.faultWindows.map((w) => w.failed)).toEqual([[], ['hba1'], ['hba1', 'hba2'], ['hba1'], []]);
    const both = result.faultWindows[2]!;
    expect(both.storage.completed).toBe(0);
    expect(both.storage.failed).toBeGreaterThan(3000);
    // One HBA carries the pool alone: busier than either was with both up.
    const alone = result.faultWindows[1]!.adapters.find((a) => a.id === 'hba2')!.utilization;
    expect(alone).toBeGreaterThan(result.faultWindows[0]!.adapters.find((a) => a.id === 'hba2')!.utilization);
    expect(result.faultWindows[1]!.storage.responseMs.p99).toBeGreaterThan(0);
  });

  it('no faults: no windows', () => {
    const result = simulate({ ...example('virtualized-rack'), settings: { ...example('virtualized-rack').settings, duration: 1, warmup: 0.1 } });
    expect(result.faultWindows).toEqual([]);
    expect(result.faults).toEqual([]);
  });
});
