import { describe, expect, it } from 'vitest';
import { example } from '../examples/index.ts';
import { analyticPoolFigures, poolDemand, smallestPoolAnalytic, type PortModel } from './analyticSizing.ts';

const PORT_8GFC: PortModel = { rate: 800e6, iopsMax: 1e9, delay: 0, portsPerAdapter: 1 };

describe('analytic pool sizing', () => {
  it('matches domain.md A5: reads of 4 servers on 2 ports, ρ = 0.6881', () => {
    // 4 servers × 12,000 IOPS × 70 % reads of 32 KiB.
    const demand = { up: { arrivalRate: 33_600, busyRate: 33_600 * 40.96e-6 }, down: { arrivalRate: 0, busyRate: 0 } };
    const two = analyticPoolFigures(demand, PORT_8GFC, 2, { maxUtilization: 1, nPlusOne: false });
    expect(two.utilization).toBeCloseTo(0.6881, 4);
    // T99 of M/M/2 at λ = 33,600/s, E[S] = 40.96 µs.
    expect(two.p99Ms).toBeGreaterThan(0.2);
    expect(two.p99Ms).toBeLessThan(0.4);
  });

  it('finds the smallest pool for a utilization ceiling, with and without N+1', () => {
    const demand = { up: { arrivalRate: 33_600, busyRate: 33_600 * 40.96e-6 }, down: { arrivalRate: 0, busyRate: 0 } };
    // 1.376 Erlangs: 2 ports are 68.8 % busy, 3 ports 45.9 %.
    expect(smallestPoolAnalytic(demand, PORT_8GFC, { maxUtilization: 0.7, nPlusOne: false }, 8)?.adapters).toBe(2);
    expect(smallestPoolAnalytic(demand, PORT_8GFC, { maxUtilization: 0.5, nPlusOne: false }, 8)?.adapters).toBe(3);
    expect(smallestPoolAnalytic(demand, PORT_8GFC, { maxUtilization: 0.7, nPlusOne: true }, 8)?.adapters).toBe(3);
    expect(smallestPoolAnalytic(demand, PORT_8GFC, { maxUtilization: 0.1, nPlusOne: false }, 8)).toBeUndefined();
  });

  it('tightens with a p99 target', () => {
    const demand = { up: { arrivalRate: 33_600, busyRate: 33_600 * 40.96e-6 }, down: { arrivalRate: 0, busyRate: 0 } };
    const loose = smallestPoolAnalytic(demand, PORT_8GFC, { maxUtilization: 1, p99Ms: 1, nPlusOne: false }, 8)!;
    const tight = smallestPoolAnalytic(demand, PORT_8GFC, { maxUtilization: 1, p99Ms: 0.2, nPlusOne: false }, 8)!;
    expect(tight.adapters).toBeGreaterThan(loose.adapters);
    expect(tight.p99Ms).toBeLessThanOrEqual(0.2);
  });

  it('takes a rack’s demand from its workloads', () => {
    const servers = example('virtualized-rack').nodes.filter((n) => n.kind === 'server');
    const demand = poolDemand(servers, 'storage', PORT_8GFC);
    // Reads: 2 × 300 × 0.9 + 2 × 3000 × 0.7 + 400 × 0.9 + 2 × 1000 × 0.3 + 50 × 0.7 = 5,735/s.
    expect(demand.up.arrivalRate).toBeCloseTo(5735, 6);
  });
});
