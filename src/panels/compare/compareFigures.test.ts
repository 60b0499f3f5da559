import { describe, expect, it } from 'vitest';
import { example } from '../../model/index.ts';
import { counterpartOf, simulate } from '../../sim/index.ts';
import { IDLE_COMPARISON, type ComparisonRun } from '../../store/comparisonSlice.ts';
import { compareFigures, pricesAssumed } from './compareFigures.ts';
import { reportHeading } from './printReport.ts';

const short = { duration: 2 };

function classicRackRun(): ComparisonRun {
  const dedicated = example('classic-rack');
  const counterpart = counterpartOf(dedicated);
  if (!counterpart.ok) throw new Error(counterpart.reason);
  const virtualized = counterpart.topology;
  return {
    ...IDLE_COMPARISON, status: 'done', source: dedicated, sourceSide: 'base', seed: 1, duration: 2,
    topologies: { base: dedicated, variant: virtualized }, results: { base: simulate(dedicated, short), variant: simulate(virtualized, short) },
  };
}

describe('the compare table', { timeout: 60_000 }, () => {
  const run = classicRackRun();

  it('lists every figure side by side, with the change and which side is better', () => {
    const figures = compareFigures(run, {})!;
    const row = (id: string) => figures.rows.find((r) => r.id === id)!;
    expect(figures.rows.map((r) => r.id)).toEqual([
      'adapters', 'cables', 'ports', 'cost', 'power', 'mean-utilization', 'peak-utilization',
      'storage-p95', 'storage-p99', 'network-p95', 'network-p99', 'failed',
    ]);
    expect(row('adapters')).toEqual({ id: 'adapters', label: 'Adapters', base: '16', variant: '4', change: '−75 %', better: 'variant' });
    expect(row('cables')).toMatchObject({ base: '16', variant: '12', change: '−25 %' });
    expect(row('ports')).toMatchObject({ base: '0', variant: '8', change: '+8' });
    expect(row('cost')).toMatchObject({ base: '$25,600', variant: '$28,400', change: '+11 %', better: 'base' });
    expect(row('failed')).toMatchObject({ base: '0', variant: '0', change: '±0' });
    expect(figures.summaries!.variant.meanAdapterUtilization).toBeGreaterThan(figures.summaries!.base.meanAdapterUtilization);
    expect(figures.headline).toMatch(/^−75 % adapters, −25 % cables, I\/O cost [+−]\d+ %, I\/O power [+−]\d+ %, (storage|network) p99 [+−±]\d\.\d{3} ms$/);
    expect(figures.differences[0]).toBe('−75 % adapters (16 → 4)');
  });

  it('costs with the prices the design has now, without a new run', () => {
    const cheaper = compareFigures(run, { 'iov-switch': { priceUsd: 8000 } })!;
    expect(cheaper.rows.find((r) => r.id === 'cost')).toMatchObject({ base: '$25,600', variant: '$16,400', change: '−36 %', better: 'variant' });
  });

  it('has nothing to show before both runs are in', () => {
    expect(compareFigures({ ...run, results: { base: run.results.base! } }, {})).toBeNull();
  });
});

describe('the printed report’s heading', () => {
  it('names the design, the date, the seed, the duration and the prices assumed', () => {
    const heading = reportHeading({ designName: 'Classic rack', date: new Date(2025, 10, 25), seed: 1, duration: 10, warmup: 1, prices: {} });
    expect(heading).toEqual({
      title: 'Dedicated and virtualized I/O: Classic rack',
      subtitle: 'IOV Studio comparison, 25 November 2025',
      assumptions: [
        'Both designs run the same workloads with seed 1 for 10 s of simulated time (the first 1 s not counted).',
        'Response times are the worst server’s, end to end; utilization is the adapters’ busy share.',
        'Prices and power: the catalog’s estimates. They are estimates, not quotes.',
      ],
    });
  });

  it('lists the design’s own prices', () => {
    expect(pricesAssumed({ 'iov-switch': { priceUsd: 8000 }, pcie: { powerW: 1 } })).toBe('the catalog’s estimates, except the design’s own: IOV switch $8,000; PCIe cable 1 W');
  });
});
