import type { ServerNode } from '../schema.ts';
import { DIRECTIONS, demandOf, type Direction, type DirectionalDemand, type TrafficClass } from './workloadMapping.ts';

/**
 * How much of a server's demand of a class its QoS caps let through, 0..1: the token bucket passes
 * at most `maxMBps` of storage (megabytes) or `maxMbps` of network (megabits), both directions
 * together, and at most `maxIops` storage I/Os; the excess waits at the server, never in the pool.
 */
export function capShare(server: ServerNode, trafficClass: TrafficClass): number {
  const demand = demandOf(server.workload, trafficClass);
  const bytesPerSecond = DIRECTIONS.reduce((sum, d) => sum + demand[d].arrivalRate * demand[d].meanBytes, 0);
  const iops = DIRECTIONS.reduce((sum, d) => sum + demand[d].arrivalRate, 0);
  const qos = server.qos;
  const capBytes = trafficClass === 'storage'
    ? (qos?.storage?.maxMBps ?? Infinity) * 1e6
    : ((qos?.network?.maxMbps ?? Infinity) * 1e6) / 8;
  const capIops = trafficClass === 'storage' ? qos?.storage?.maxIops ?? Infinity : Infinity;
  return Math.min(1, bytesPerSecond > 0 ? capBytes / bytesPerSecond : 1, iops > 0 ? capIops / iops : 1);
}

/**
 * A server's demand as the pool and its PCIe cable see it: what it asks, held to its caps (the
 * shares of reads and writes kept). What the design rules load the adapters with.
 */
export function shapedDemandOf(server: ServerNode, trafficClass: TrafficClass): Record<Direction, DirectionalDemand> {
  const demand = demandOf(server.workload, trafficClass);
  const share = capShare(server, trafficClass);
  if (share === 1) return demand;
  return { up: { ...demand.up, arrivalRate: demand.up.arrivalRate * share }, down: { ...demand.down, arrivalRate: demand.down.arrivalRate * share } };
}
