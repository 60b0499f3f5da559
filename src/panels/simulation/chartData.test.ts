import { describe, expect, it } from 'vitest';
import { example } from '../../model/index.ts';
import { simulate } from '../../sim/index.ts';
import { percentileBars, utilizationRows } from './chartData.ts';
import { serverRows } from './summaryRows.ts';

const result = simulate(example('virtualized-rack'), { seed: 3, duration: 1 });

describe('utilizationRows', () => {
  it('takes the live rows while the run goes on', () => {
    const live = [{ time: 0.5, hba1: 0.1 }];
    expect(utilizationRows(null, () => live)).toBe(live);
  });

  it('takes the engine series of a finished run: one row per interval, timed at its end', () => {
    const rows = utilizationRows(result, () => []);
    const { step, adapters } = result.series;
    expect(rows).toHaveLength(adapters.hba1!.length);
    expect(rows[0]).toEqual({ time: step, hba1: adapters.hba1![0], hba2: adapters.hba2![0], nic1: adapters.nic1![0], nic2: adapters.nic2![0] });
    expect(rows.at(-1)!.time).toBeCloseTo(1, 9);
    expect(Math.max(...rows.map((r) => r.hba1!))).toBeGreaterThan(0);
  });
});

describe('percentileBars', () => {
  it('gives one bar group per server for the chosen class', () => {
    const bars = percentileBars(serverRows(result, new Map([['s1', 'Web 1']])), 'network');
    expect(bars).toHaveLength(8);
    const s1 = result.servers[0]!.network.responseMs;
    expect(bars[0]).toEqual({ id: 's1', server: 'Web 1', p50: s1.p50, p95: s1.p95, p99: s1.p99 });
  });
});
