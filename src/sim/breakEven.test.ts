import { describe, expect, it } from 'vitest';
import { example, poolAdapters } from '../model/index.ts';
import { breakEven, crossover, parseServerRange, scaledPair, type BreakEvenPoint } from './breakEven.ts';

const point = (servers: number, dedicated: number, virtualized: number): BreakEvenPoint => ({
  servers, dedicated: { ioPriceUsd: dedicated, ioPowerW: 0, adapters: 0 }, virtualized: { ioPriceUsd: virtualized, ioPowerW: 0, adapters: 0 }, p99Ms: null,
});
const cheaper = (p: BreakEvenPoint) => p.virtualized.ioPriceUsd < p.dedicated.ioPriceUsd;

describe('break-even as the rack grows', () => {
  it('reads a range as its doublings and a list as given', () => {
    expect(parseServerRange('4..256')).toEqual([4, 8, 16, 32, 64, 128, 256]);
    expect(parseServerRange('4..40')).toEqual([4, 8, 16, 32, 40]);
    expect(parseServerRange('64,8,16,8')).toEqual([8, 16, 64]);
    expect(parseServerRange('8..4')).toBeNull();
    expect(parseServerRange('0..4')).toBeNull();
    expect(parseServerRange('a,b')).toBeNull();
  });

  it('states the crossover only where virtualization stays cheaper at every larger count', () => {
    expect(crossover([point(4, 10, 20), point(8, 20, 21), point(16, 40, 30), point(32, 80, 60)], cheaper)).toBe(16);
    expect(crossover([point(4, 10, 5), point(8, 20, 21), point(16, 40, 30)], cheaper)).toBe(16);
    expect(crossover([point(4, 10, 5), point(8, 20, 10)], cheaper)).toBe(4);
    expect(crossover([point(4, 10, 20), point(8, 20, 30)], cheaper)).toBeNull();
  });

  it('builds both sides of n servers by the scaling rule, pools sized by the analytic guess', () => {
    const pair = scaledPair(example('classic-rack'), 20);
    const switches = pair.virtualized.nodes.filter((n) => n.kind === 'iov-switch');
    expect(switches).toHaveLength(2);
    for (const sw of switches) expect(poolAdapters(pair.virtualized, sw.id, 'storage').length).toBeGreaterThanOrEqual(2); // N+1
    expect(pair.dedicated.nodes.filter((n) => n.kind === 'fc-hba')).toHaveLength(20);
    expect(pair.dedicated.nodes.filter((n) => n.kind === 'iov-switch')).toHaveLength(0);
  });

  it('finds the classic rack’s cost crossover between the counts it simulates, and no power crossover', { timeout: 120_000 }, async () => {
    const result = await breakEven(example('classic-rack'), { counts: [4, 16], replications: 2, duration: 0.5 });
    // Catalog estimates: a dedicated server's HBA, NIC and their cables cost $3,200; the virtualized
    // side's switch and pool cost more for 4 servers, less for 16. Bisection between them: 11.
    expect(result.points.find((p) => p.servers === 4)!.dedicated.ioPriceUsd).toBe(12_800);
    expect(result.breakEven).toEqual({ cost: 11, power: null });
    const at = (n: number) => result.points.find((p) => p.servers === n)!;
    expect(cheaper(at(10))).toBe(false);
    expect(cheaper(at(11))).toBe(true);
    expect(at(16).p99Ms!.virtualized.storage.replications).toBe(2);
    expect(at(11).p99Ms).toBeNull();
  });
});
