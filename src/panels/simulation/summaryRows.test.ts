import { describe, expect, it } from 'vitest';
import { example, type Topology } from '../../model/index.ts';
import { simulate } from '../../sim/index.ts';
import { singleQueueDesign } from '../../sim/validationDesigns.ts';
import { dedicatedRows, ioTotals, poolRows, serverRows } from './summaryRows.ts';

const rack = example('virtualized-rack');
const result = simulate(rack, { seed: 1, duration: 2 });

describe('poolRows', () => {
  it('gives the analytic estimate beside the simulated port stage, per pool, class and direction', () => {
    const rows = poolRows(result);
    expect(rows.map((r) => `${r.switchId} ${r.trafficClass} ${r.direction}`)).toEqual([
      'sw1 storage reads', 'sw1 storage writes', 'sw1 network receive', 'sw1 network transmit',
    ]);
    const reads = rows[0]!;
    const pool = result.pools[0]!;
    expect(reads).toMatchObject({ title: 'sw1 storage reads', ports: 2, model: pool.analytic.model, exact: false, analyticMs: pool.analytic.meanResponseMs, simulatedMs: pool.simulated.meanResponseMs });
    expect(reads).toMatchObject({ p99: pool.simulated.responseMs.p99, waitP99: pool.simulated.waitMs.p99 });
    expect(reads.ci99[0]).toBeLessThan(reads.simulatedMs);
    expect(reads.ci99[1]).toBeGreaterThan(reads.simulatedMs);
    expect(reads.agrees).toBe(reads.analyticMs >= reads.ci99[0] && reads.analyticMs <= reads.ci99[1]);
  });
});

describe('serverRows', () => {
  it('lists p50, p95 and p99 per server and class, named by label', () => {
    const rows = serverRows(result, new Map([['s1', 'Web 1']]));
    expect(rows).toHaveLength(16);
    const web = rows[0]!;
    const figures = result.servers[0]!.storage;
    expect(web).toMatchObject({ key: 's1/storage', label: 'Web 1', p50: figures.responseMs.p50, p95: figures.responseMs.p95, p99: figures.responseMs.p99, failed: 0 });
    expect(web.p50).toBeLessThanOrEqual(web.p95);
    expect(web.p95).toBeLessThanOrEqual(web.p99);
    expect(rows[1]!.label).toBe('Web 1');
    // Without a label, the id.
    expect(rows[2]).toMatchObject({ key: 's2/storage', label: 's2' });
  });
});

describe('ioTotals', () => {
  it('sums completed, failed and retried I/Os over every server and class', () => {
    const totals = ioTotals(result);
    const completed = result.servers.reduce((sum, s) => sum + s.storage.completed + s.network.completed, 0);
    expect(totals).toEqual({ completed, failed: 0, retried: 0 });
    expect(completed).toBeGreaterThan(10_000);
  });

  it('counts the storage I/Os that have nowhere to go once both HBAs failed', () => {
    const both: Topology = { ...rack, settings: { ...rack.settings, faults: [{ at: 1, target: 'hba1' }, { at: 1, target: 'hba2' }] } };
    const totals = ioTotals(simulate(both, { seed: 1, duration: 2 }));
    expect(totals.failed).toBeGreaterThan(1000);
  });
});

describe('dedicatedRows', () => {
  it('gives each dedicated adapter’s port stage that carried I/O, with its exact P-K estimate', () => {
    const classic = simulate(example('classic-rack'), { seed: 1, duration: 2 });
    const rows = dedicatedRows(classic);
    // 8 servers × an HBA and a NIC × reads and writes, every one busy.
    expect(rows).toHaveLength(32);
    const hba3 = rows.find((r) => r.key === 'hba3/up')!;
    const stage = classic.dedicated.find((d) => d.adapterId === 'hba3' && d.direction === 'up')!;
    expect(hba3).toMatchObject({ title: 'hba3 storage reads', ports: 1, exact: true, p99: stage.simulated.responseMs.p99, waitP99: stage.simulated.waitMs.p99 });
    expect(dedicatedRows(result)).toEqual([]);
  });

  it('leaves out a direction with no I/O', () => {
    const reads = simulate(singleQueueDesign({ arrivalRate: 100, serviceSeconds: 1e-3, duration: 2 }));
    expect(dedicatedRows(reads).map((r) => r.key)).toEqual(['hba1/up']);
  });
});
