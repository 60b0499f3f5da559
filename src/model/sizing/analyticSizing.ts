import { mmc } from '../queueing/mmc.ts';
import { DIRECTIONS, demandOf, type Direction, type TrafficClass } from '../queueing/workloadMapping.ts';
import type { ServerNode } from '../schema.ts';

/** What a pool must meet: a utilization ceiling, optionally an end-to-end p99, with one adapter failed or not. */
export type SizingTarget = { maxUtilization: number; p99Ms?: number; nPlusOne: boolean };

/**
 * The load one class of a set of servers offers a pool, per direction: I/Os per second, port-seconds
 * per second, and the largest mean I/O of any server (the one whose p99 is worst).
 */
export type PoolDemand = Record<Direction, { arrivalRate: number; busyRate: number; largestMeanBytes?: number; exponentialSizes?: boolean }>;

/**
 * A pool's ports: rate in bytes per second, IOPS ceiling, the fixed delays after the stages (seconds),
 * and the rate of the PCIe cable an I/O also crosses, when it does.
 */
export type PortModel = { rate: number; iopsMax: number; delay: number; portsPerAdapter: number; cableRate?: number };

/** `shareOf` splits a server's load when it has several active routes (a server on two switches: ½). */
export function poolDemand(servers: readonly ServerNode[], trafficClass: TrafficClass, port: PortModel, shareOf: (server: ServerNode) => number = () => 1): PoolDemand {
  const demand: PoolDemand = { up: { arrivalRate: 0, busyRate: 0, largestMeanBytes: 0 }, down: { arrivalRate: 0, busyRate: 0, largestMeanBytes: 0 } };
  for (const server of servers) {
    const share = shareOf(server);
    const perDirection = demandOf(server.workload, trafficClass);
    for (const d of DIRECTIONS) {
      const { arrivalRate, meanBytes } = perDirection[d];
      if (arrivalRate === 0) continue;
      demand[d].arrivalRate += arrivalRate * share;
      demand[d].busyRate += arrivalRate * share * Math.max(meanBytes / port.rate, 1 / port.iopsMax);
      demand[d].largestMeanBytes = Math.max(demand[d].largestMeanBytes ?? 0, meanBytes);
      demand[d].exponentialSizes = (demand[d].exponentialSizes ?? false) || server.workload.sizes === 'exponential';
    }
  }
  return demand;
}

/** −ln(0.01): the 99th percentile of an exponential, in means. */
const EXPONENTIAL_P99 = Math.log(100);

export type AnalyticPoolFigures = { adapters: number; utilization: number; p99Ms: number; meets: boolean };

/**
 * The analytic figures of a pool of `adapters` adapters (one fewer serving with N+1): the busier
 * direction's utilization and an end-to-end p99 estimate for the worst-placed server: the pool's
 * M/M/c wait percentile, plus the 99th percentile of its largest I/O's service at the port and on the
 * PCIe cable, plus the fixed delays. Summing percentiles overstates a little: a first guess, which
 * the simulation then checks.
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
    const largest = demand[d].largestMeanBytes;
    const serviceP99 = largest === undefined
      ? queue.responsePercentile(0.99) - queue.waitPercentile(0.99)
      : (demand[d].exponentialSizes === false ? 1 : EXPONENTIAL_P99) * (Math.max(largest / port.rate, 1 / port.iopsMax) + (port.cableRate ? largest / port.cableRate : 0));
    p99 = Math.max(p99, queue.waitPercentile(0.99) + serviceP99 + port.delay);
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
