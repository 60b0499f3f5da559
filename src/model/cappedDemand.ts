import { demandOf, type Direction, type DirectionalDemand, type TrafficClass } from './queueing/workloadMapping.ts';
import type { ServerNode } from './schema.ts';

/**
 * What a server's class offers its adapters: its demand, scaled down to its QoS cap when it asks
 * more (`maxMBps`, `maxIops`, `maxMbps`: both directions together, as the engine's token buckets
 * count them). The excess waits at the server and never reaches a port. A queue depth caps nothing
 * here: a server at its depth still asks for all it asks, only later.
 */
export function cappedDemand(server: ServerNode, trafficClass: TrafficClass): Record<Direction, DirectionalDemand> {
  const demand = demandOf(server.workload, trafficClass);
  const iops = demand.up.arrivalRate + demand.down.arrivalRate;
  const bytes = demand.up.arrivalRate * demand.up.meanBytes + demand.down.arrivalRate * demand.down.meanBytes;
  const storage = trafficClass === 'storage' ? server.qos?.storage : undefined;
  const capBytes = trafficClass === 'storage' ? (storage?.maxMBps ?? Infinity) * 1e6 : ((server.qos?.network?.maxMbps ?? Infinity) * 1e6) / 8;
  const capIops = storage?.maxIops ?? Infinity;
  const factor = Math.min(1, bytes > 0 ? capBytes / bytes : 1, iops > 0 ? capIops / iops : 1);
  if (factor === 1) return demand;
  return {
    up: { ...demand.up, arrivalRate: demand.up.arrivalRate * factor },
    down: { ...demand.down, arrivalRate: demand.down.arrivalRate * factor },
  };
}
