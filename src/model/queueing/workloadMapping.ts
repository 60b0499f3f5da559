import { KIB } from '../rates.ts';
import type { Workload } from '../workload.ts';

export type TrafficClass = 'storage' | 'network';
export const TRAFFIC_CLASSES: readonly TrafficClass[] = ['storage', 'network'];

/** Data towards the server (a read, a received message) is `up`; away from it (a write, a transmit) `down`. */
export type Direction = 'up' | 'down';
export const DIRECTIONS: readonly Direction[] = ['up', 'down'];

/** One class and direction of a server's demand: I/Os per second and their mean size in bytes. */
export type DirectionalDemand = { arrivalRate: number; meanBytes: number };

/**
 * λ per direction (domain.md §3): storage reads flow up and writes down, λ_read = N·r; network
 * messages are the Mb/s divided by the message size, transmits flowing down.
 */
export function demandOf(workload: Workload, trafficClass: TrafficClass): Record<Direction, DirectionalDemand> {
  if (trafficClass === 'storage') {
    const meanBytes = workload.blockKiB * KIB;
    return {
      up: { arrivalRate: workload.storageIops * workload.readShare, meanBytes },
      down: { arrivalRate: workload.storageIops * (1 - workload.readShare), meanBytes },
    };
  }
  const meanBytes = workload.messageKiB * KIB;
  const messagesPerSecond = (workload.networkMbps * 1e6) / 8 / meanBytes;
  return {
    up: { arrivalRate: messagesPerSecond * (1 - workload.transmitShare), meanBytes },
    down: { arrivalRate: messagesPerSecond * workload.transmitShare, meanBytes },
  };
}

export function hasDemand(workload: Workload, trafficClass: TrafficClass): boolean {
  return trafficClass === 'storage' ? workload.storageIops > 0 : workload.networkMbps > 0;
}

/** Squared coefficient of variation of sizes: 1 for exponential, 0 for fixed. */
export function sizeScv(workload: Workload): number {
  return workload.sizes === 'exponential' ? 1 : 0;
}

/** Squared coefficient of variation of the inter-arrival times: 1 for Poisson, the on/off process's for bursty. */
export function arrivalScv(workload: Workload, arrivalRate: number): number {
  if (workload.arrivals === 'poisson' || arrivalRate <= 0) return 1;
  return onOffArrivalScv(arrivalRate, workload.onMs / 1000, workload.offMs / 1000);
}

/**
 * The on/off (interrupted Poisson) process of SIMULATION.md: while on, arrivals at λ₁ = λ(on+off)/on,
 * so the mean rate stays λ; on ends at rate r₁ = 1/on, off at r₂ = 1/off. Its inter-arrival time is
 * hyperexponential with c_a² = 1 + 2λ₁r₁/(r₁+r₂)² (from the first two moments of the time to the
 * next arrival, started just after one, when the process is on).
 */
export function onOffArrivalScv(meanRate: number, meanOn: number, meanOff: number): number {
  const onRate = (meanRate * (meanOn + meanOff)) / meanOn;
  const toOff = 1 / meanOn;
  const toOn = 1 / meanOff;
  return 1 + (2 * onRate * toOff) / (toOff + toOn) ** 2;
}
