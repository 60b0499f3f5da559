import {
  TRAFFIC_CLASSES, checkDesign, hasDemand, indexOf, routesOf, subjectsOf, type Topology, type TrafficClass,
} from '../model/index.ts';
import type { SimulationResult } from '../sim/index.ts';

/** Small questions about a design that lesson checks and challenge goals share. */

export function serversWithoutPath(topology: Topology, trafficClass: TrafficClass): string[] {
  return indexOf(topology).servers
    .filter((s) => hasDemand(s.workload, trafficClass) && routesOf(topology, s.id, trafficClass).length === 0)
    .map((s) => s.id);
}

export function everyServerReachesFabrics(topology: Topology): boolean {
  return TRAFFIC_CLASSES.every((c) => serversWithoutPath(topology, c).length === 0);
}

export function findingsOf(topology: Topology, rule: string) {
  return checkDesign(topology).filter((f) => f.rule === rule);
}

/**
 * The elements a rule finds wrong, each once, however its findings are grouped: the servers with a
 * single point of failure, whether they share one switch (one finding) or each lack a second HBA.
 */
export function elementsFlagged(topology: Topology, rule: string): string[] {
  return subjectsOf(findingsOf(topology, rule));
}

export function errorCount(topology: Topology): number {
  return checkDesign(topology).filter((f) => f.severity === 'error').length;
}

export function dedicatedAdapters(topology: Topology): string[] {
  const index = indexOf(topology);
  return index.servers.flatMap((s) => index.adaptersIn(s.id).map((a) => a.id));
}

export function pooledAdapters(topology: Topology, kind: 'fc-hba' | 'eth-nic'): string[] {
  const index = indexOf(topology);
  return index.switches.flatMap((sw) => index.adaptersIn(sw.id).filter((a) => a.kind === kind).map((a) => a.id));
}

export function adapterCount(topology: Topology): number {
  return topology.nodes.filter((n) => n.kind === 'fc-hba' || n.kind === 'eth-nic').length;
}

/** The worst server's end-to-end p99 of a class, ms. */
export function worstP99(result: SimulationResult, trafficClass: TrafficClass): number {
  return Math.max(0, ...result.servers.map((s) => s[trafficClass].responseMs.p99));
}

export function failedIos(result: SimulationResult, trafficClass?: TrafficClass): number {
  return result.servers.reduce((sum, s) => sum + (trafficClass ? s[trafficClass].failed : s.storage.failed + s.network.failed), 0);
}

/** The worst end-to-end p99 of a class among the servers other than those given, ms: what a noisy neighbour does to the rest. */
export function othersWorstP99(result: SimulationResult, trafficClass: TrafficClass, except: readonly string[]): number {
  return Math.max(0, ...result.servers.filter((s) => !except.includes(s.id)).map((s) => s[trafficClass].responseMs.p99));
}

/** A server's storage cap (QoS `maxMBps`), MB/s, when it has one. */
export function storageCapOf(topology: Topology, serverId: string): number | undefined {
  const server = indexOf(topology).node(serverId);
  return server?.kind === 'server' ? server.qos?.storage?.maxMBps : undefined;
}

/** A server's storage throughput over the run, MB/s (0 when the run has no such server). */
export function storageThroughput(result: SimulationResult, serverId: string): number {
  return result.servers.find((s) => s.id === serverId)?.storage.throughputMBps ?? 0;
}
