import { mmc } from '../queueing/mmc.ts';
import { DIRECTIONS, demandOf, type Direction, type TrafficClass } from '../queueing/workloadMapping.ts';
import type { ServerNode } from '../schema.ts';

/** What a pool must meet: a utilization ceiling, optionally an end-to-end p99, with one adapter failed or not. */
export type SizingTarget = { maxUtilization: number; p99Ms?: number; nPlusOne: boolean };

/** The load one class of a set of servers offers a pool, per direction: I/Os per second and port-seconds per second. */
export type PoolDemand = Record<Direction, { arrivalRate: number; busyRate: number }>;

/** A pool's ports: rate in bytes per second, IOPS ceiling, and the fixed delays after the stages (seconds). */
export type PortModel = { rate: number; iopsMax: number; delay: number; portsPerAdapter: number };

export function poolDemand(servers: readonly ServerNode[], trafficClass: TrafficClass, port: PortModel, share = 1): PoolDemand {
  const demand: PoolDemand = { up: { arrivalRate: 0, busyRate: 0 }, down: { arrivalRate: 0, busyRate: 0 } };
  for (const server of servers) {
    const perDirection = demandOf(server.workload, trafficClass);
    for (const d of DIRECTIONS) {
      const { arrivalRate, meanBytes } = perDirection[d];
      demand[d].arrivalRate += arrivalRate * share;
      demand[d].busyRate += arrivalRate * share * Math.max(meanBytes / port.rate, 1 / port.iopsMax);
    }
  }
  return demand;
}

export type AnalyticPoolFigures = { adapters: number; utilization: number; p99Ms: number; meets: boolean };

/**
 * The analytic figures of a pool of `adapters` adapters (one fewer serving with N+1): the busier
 * direction's utilization and an end-to-end p99 estimate, the M/M/c response percentile of the port
 * stage plus the fixed delays (the PCIe stage is left out: it is a small share at these rates).
 */
export function analyticPoolFigures(demand: PoolDemand, port: PortModel, adapters: number, target: SizingTarget): AnalyticPoolFigures {
  const serving = (target.nPlusOne ? adapters - 1 : adapters) * port.portsPerAdapter;
  if (serving <= 0) return { adapters, utilization: Infinity, p99Ms: Infinity, meets: false };
  let utilization = 0;
  let p99 = 0;
  for (const d of DIRECTIONS) {
    const { arrivalRate, busyRate } = demand[d];
    if (arrivalRate === 0) continue;
    const queue = mmc(arrivalRate, busyRate / arrivalRate, serving);
    utilization = Math.max(utilization, queue.utilization);
    p99 = Math.max(p99, queue.responsePercentile(0.99) + port.delay);
  }
  const p99Ms = p99 * 1000;
  const meets = utilization <= target.maxUtilization && (target.p99Ms === undefined || p99Ms <= target.p99Ms);
  return { adapters, utilization, p99Ms, meets };
}

/** The smallest pool, up to `maxAdapters`, that meets the target analytically (at least 2 with N+1). */
export function smallestPoolAnalytic(demand: PoolDemand, port: PortModel, target: SizingTarget, maxAdapters: number): AnalyticPoolFigures | undefined {
  for (let adapters = target.nPlusOne ? 2 : 1; adapters <= maxAdapters; adapters++) {
    const figures = analyticPoolFigures(demand, port, adapters, target);
    if (figures.meets) return figures;
  }
  return undefined;
}
