import { describe, expect, it } from 'vitest';
import { designWithoutQos, example, NOISY_SERVER_ID } from '../../model/index.ts';
import { simulate } from '../../sim/index.ts';
import { IDLE_COMPARISON, type ComparisonRun } from '../../store/comparisonSlice.ts';
import { compareFigures } from './compareFigures.ts';
import { fall } from './qosFigures.ts';

function noisyRun(): ComparisonRun {
  const variant = example('noisy-neighbour');
  const base = designWithoutQos(variant);
  const short = { duration: 2 };
  return {
    ...IDLE_COMPARISON, kind: 'qos', status: 'done', source: variant, sourceSide: 'variant', seed: 1, duration: 2,
    topologies: { base, variant }, results: { base: simulate(base, short), variant: simulate(variant, short) },
  };
}

describe('the compare table with and without QoS', { timeout: 60_000 }, () => {
  const run = noisyRun();
  const figures = compareFigures(run, {})!;
  const row = (id: string) => figures.rows.find((r) => r.id === id)!;
  const ms = (text: string) => Number(text.replace(/ ms$/, ''));

  it('puts the capped server first, then the others’ worst p99, then each other server', () => {
    expect(figures.rows.map((r) => r.id)).toEqual([
      's5-throughput', 's5-p99', 'others-storage-p99', 'others-network-p99', 's1-p99', 's2-p99', 's3-p99', 's4-p99', 's6-p99', 's7-p99', 's8-p99',
    ]);
    expect(row('s5-throughput').label).toBe('Backup: storage throughput (cap 200 MB/s)');
    expect(row('s1-p99').label).toBe('Web 1: storage p99');
  });

  it('reads the figures from the runs: the others’ p99 far lower with the cap, Backup held back and slower', () => {
    const worstOther = (result: NonNullable<ComparisonRun['results']['base']>) =>
      Math.max(...result.servers.filter((s) => s.id !== NOISY_SERVER_ID).map((s) => s.storage.responseMs.p99));
    expect(ms(row('others-storage-p99').base)).toBeCloseTo(worstOther(run.results.base!), 3);
    expect(ms(row('others-storage-p99').variant)).toBeCloseTo(worstOther(run.results.variant!), 3);
    expect(row('others-storage-p99').better).toBe('variant');
    expect(row('s5-p99').better).toBe('base');
    expect(figures.headline).toMatch(/^The others’ worst storage p99 \d+× lower \(\d+\.\d{3} ms → \d\.\d{3} ms\); Backup: storage throughput \(cap 200 MB\/s\) [\d,.]+ MB\/s → 20\d(\.\d)? MB\/s$/);
    expect(figures.differences.at(-1)).toBe('storage p99 lower with QoS for 7 of the 7 servers without QoS of their own');
  });

  it('says a fall in times once more than halved, in per cent otherwise', () => {
    expect(fall(30.496, 0.132)).toBe('231× lower');
    expect(fall(1, 0.3)).toBe('3.3× lower');
    expect(fall(1, 0.62)).toBe('−38 %');
    expect(fall(1, 1.2)).toBe('+20 %');
  });
});
