import { describe, expect, it } from 'vitest';
import { example } from '../model/index.ts';
import { compareWithCounterpart } from './compare.ts';
import { sizePools } from './sizing.ts';
import { pooledDesign } from './validationDesigns.ts';

describe('right-sizing a pool by simulation', { timeout: 300000 }, () => {
  it('finds M/M/4 for λ = 2,800/s of 1 ms I/Os and a 6 ms p99 (A2: T99 = 5.493 ms), where 3 fails', async () => {
    const design = pooledDesign({ servers: 4, ports: 2, arrivalRate: 700, serviceSeconds: 1e-3, duration: 20 });
    const [sizing] = await sizePools(design, { trafficClass: 'storage', p99Ms: 6, maxUtilization: 1, nPlusOne: false });
    expect(sizing!.chosen).toBe(4);
    expect(sizing!.analyticGuess).toBeGreaterThanOrEqual(4);
    const byAdapters = new Map(sizing!.candidates.map((c) => [c.adapters, c]));
    expect(byAdapters.get(3)!.meets).toBe(false);
    expect(byAdapters.get(4)!.p99Ms).toBeGreaterThan(5.2);
    expect(byAdapters.get(4)!.p99Ms).toBeLessThan(6);
    // Accepted on the bound, not the mean: 5 replications, the bound above the mean by t(0.99, 4) standard errors.
    const four = byAdapters.get(4)!;
    expect(four.p99ByReplication).toHaveLength(5);
    expect(four.p99Upper99Ms).toBeGreaterThan(four.p99Ms);
    expect(four.p99Upper99Ms).toBeLessThanOrEqual(6);
    expect(four.p99Ci99[0]).toBeLessThan(four.p99Ms);
    expect(four.marginMs).toBeCloseTo(6 - four.p99Upper99Ms, 12);
  });

  it('refuses a size whose mean meets the target when its upper bound does not', async () => {
    const design = pooledDesign({ servers: 4, ports: 2, arrivalRate: 700, serviceSeconds: 1e-3, duration: 20 });
    const [loose] = await sizePools(design, { trafficClass: 'storage', p99Ms: 6, maxUtilization: 1, nPlusOne: false });
    const four = loose!.candidates.find((c) => c.adapters === 4)!;
    // A target between the mean and the bound: the point estimate would accept 4; the bound does not.
    const between = (four.p99Ms + four.p99Upper99Ms) / 2;
    const [strict] = await sizePools(design, { trafficClass: 'storage', p99Ms: between, maxUtilization: 1, nPlusOne: false, switchId: loose!.switchId });
    expect(strict!.candidates.find((c) => c.adapters === 4)!.meets).toBe(false);
    expect(strict!.chosen).not.toBe(4);
  });

  it('keeps one more adapter for N+1, and reports when no pool within the slots meets the target', async () => {
    const rack = example('virtualized-rack');
    const plain = (await sizePools(rack, { trafficClass: 'storage', p99Ms: 2.5, maxUtilization: 0.7, nPlusOne: false, duration: 4 }))[0]!;
    const spare = (await sizePools(rack, { trafficClass: 'storage', p99Ms: 2.5, maxUtilization: 0.7, nPlusOne: true, duration: 4 }))[0]!;
    expect(plain.chosen).toBe(1);
    expect(spare.chosen).toBe(2);
    // The backup server's 256 KiB blocks take 0.33 ms each on 8GFC: no number of 8GFC ports brings p99 under 1 ms.
    const impossible = (await sizePools(rack, { trafficClass: 'storage', p99Ms: 1, maxUtilization: 1, nPlusOne: false, duration: 4 }))[0]!;
    expect(impossible.chosen).toBeNull();
    expect(impossible.maxAdapters).toBe(6);
  });
});

describe('dedicated against virtualized', { timeout: 300000 }, () => {
  it('shows the classic rack’s counterpart with fewer, busier adapters', () => {
    const compared = compareWithCounterpart(example('classic-rack'), { duration: 4 });
    if (!compared.ok) throw new Error(compared.reason);
    const { dedicated, virtualized, differences } = compared.comparison;
    expect(dedicated.bill.adapters).toBe(16);
    expect(virtualized.bill.adapters).toBe(4);
    expect(virtualized.meanAdapterUtilization).toBeGreaterThan(dedicated.meanAdapterUtilization * 3);
    expect(differences[0]).toBe('−75 % adapters (16 → 4)');
    expect(differences[1]).toBe('−25 % cables (16 → 12)');
    expect(differences).toContainEqual(expect.stringMatching(/^storage p99 [+−]\d+\.\d{3} ms \(\d/));
    expect(dedicated.failed + virtualized.failed).toBe(0);
  });

  it('starts from a virtualized design just as well', () => {
    const compared = compareWithCounterpart(example('virtualized-rack'), { duration: 2 });
    expect(compared.ok && compared.comparison.dedicated.bill.adapters).toBe(16);
  });
});
