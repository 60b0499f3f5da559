import {
  activeRoutes, indexOf, pcieRateBytesPerSecond, poolAdapters, poolDemand, portRateBytesPerSecond, routesOf, setPoolSize,
  slotCapacity, slotsUsed, smallestPoolAnalytic, type PortModel, type SizingTarget, type Topology, type TrafficClass,
} from '../model/index.ts';
import { simulate } from './simulation.ts';

export type SizingCandidate = { adapters: number; p99Ms: number; utilization: number; failed: number; meets: boolean };

export type PoolSizing = {
  switchId: string;
  trafficClass: TrafficClass;
  target: SizingTarget;
  currentAdapters: number;
  maxAdapters: number;
  /** The analytic first guess (M/M/c), or null when no pool within the slots meets it analytically. */
  analyticGuess: number | null;
  /** The smallest pool the simulation found meeting the target, or null. */
  chosen: number | null;
  /** Every pool size simulated, smallest first: the chart of pool size against p99. */
  candidates: SizingCandidate[];
};

export type SizeOptions = SizingTarget & {
  trafficClass: TrafficClass; switchId?: string; seed?: number; duration?: number;
  /** Told of each pool size once simulated: the app's progress while the search goes on. */
  onCandidate?: (candidate: SizingCandidate, pool: { switchId: string; trafficClass: TrafficClass }) => void;
};

/**
 * Right-sizing: the smallest pool of a class in each switch (or `switchId`) that meets a target,
 * p99 end to end per class and a utilization ceiling, with one adapter failed for N+1. The analytic
 * estimate is the first guess; the simulation decides, searching down from it while the target holds
 * and up from it until it does.
 */
export function sizePools(topology: Topology, options: SizeOptions): PoolSizing[] {
  const index = indexOf(topology);
  const switches = index.switches.filter((sw) => (options.switchId ? sw.id === options.switchId : true));
  return switches
    .filter((sw) => poolAdapters(topology, sw.id, options.trafficClass).length > 0)
    .map((sw) => sizePool(topology, sw.id, options));
}

function sizePool(topology: Topology, switchId: string, options: SizeOptions): PoolSizing {
  const { trafficClass } = options;
  const target: SizingTarget = { maxUtilization: options.maxUtilization, nPlusOne: options.nPlusOne, ...(options.p99Ms === undefined ? {} : { p99Ms: options.p99Ms }) };
  const index = indexOf(topology);
  const switchNode = index.node(switchId)!;
  const pool = poolAdapters(topology, switchId, trafficClass);
  const maxAdapters = pool.length + slotCapacity(switchNode) - slotsUsed(topology, switchNode);
  const guess = analyticGuess(topology, switchId, trafficClass, target, maxAdapters);
  const minimum = options.nPlusOne ? 2 : 1;
  const tried = new Map<number, SizingCandidate>();
  const evaluate = (adapters: number) => {
    if (!tried.has(adapters)) {
      const candidate = simulatePoolSize(topology, switchId, adapters, options);
      tried.set(adapters, candidate);
      options.onCandidate?.(candidate, { switchId, trafficClass });
    }
    return tried.get(adapters)!;
  };
  let chosen: number | null = null;
  let size = Math.min(Math.max(guess ?? maxAdapters, minimum), maxAdapters);
  if (evaluate(size).meets) {
    chosen = size;
    while (size - 1 >= minimum && evaluate(size - 1).meets) chosen = --size;
  } else {
    while (++size <= maxAdapters) {
      if (evaluate(size).meets) { chosen = size; break; }
    }
  }
  return {
    switchId, trafficClass, target, currentAdapters: pool.length, maxAdapters, analyticGuess: guess, chosen,
    candidates: [...tried.values()].toSorted((a, b) => a.adapters - b.adapters),
  };
}

function analyticGuess(topology: Topology, switchId: string, trafficClass: TrafficClass, target: SizingTarget, maxAdapters: number): number | null {
  const index = indexOf(topology);
  const first = poolAdapters(topology, switchId, trafficClass)[0];
  const switchNode = index.node(switchId);
  if (!first || switchNode?.kind !== 'iov-switch') return null;
  // The servers whose traffic reaches this pool, each with the share its active routes give it.
  const shares = new Map<string, number>();
  for (const server of index.servers) {
    const active = activeRoutes(routesOf(topology, server.id, trafficClass)).routes;
    if (active.some((live) => live.route.kind === 'pooled' && live.route.switchId === switchId)) shares.set(server.id, 1 / active.length);
  }
  const servers = index.servers.filter((s) => shares.has(s.id));
  const fabric = index.fabricOf(first.id)?.fabric;
  const delayUs = first.props.latencyUs + switchNode.props.hopLatencyUs + (fabric?.kind === 'san' || fabric?.kind === 'lan' ? fabric.props.fabricLatencyUs : 0);
  const slowestCable = Math.min(...servers.map((s) => pcieRateBytesPerSecond(s, switchNode)));
  const port: PortModel = {
    rate: portRateBytesPerSecond(first), iopsMax: first.props.iopsMax, delay: delayUs * 1e-6,
    portsPerAdapter: first.props.ports, cableRate: slowestCable,
  };
  const demand = poolDemand(servers, trafficClass, port, (server) => shares.get(server.id) ?? 0);
  return smallestPoolAnalytic(demand, port, target, maxAdapters)?.adapters ?? null;
}

/** One pool size, simulated: the worst server's p99 of the class, the pool's mean utilization, failed I/Os. */
export function simulatePoolSize(topology: Topology, switchId: string, adapters: number, options: SizeOptions): SizingCandidate {
  const sized = setPoolSize(topology, switchId, options.trafficClass, adapters);
  if (!sized.ok) return { adapters, p99Ms: Infinity, utilization: Infinity, failed: 0, meets: false };
  const pool = poolAdapters(sized.topology, switchId, options.trafficClass);
  const failedAdapter = options.nPlusOne ? pool[0]?.id : undefined;
  const design = failedAdapter
    ? { ...sized.topology, settings: { ...sized.topology.settings, faults: [...sized.topology.settings.faults, { at: 0, target: failedAdapter }] } }
    : sized.topology;
  const result = simulate(design, { ...(options.seed === undefined ? {} : { seed: options.seed }), ...(options.duration === undefined ? {} : { duration: options.duration }) });
  const cabled = new Set(indexOf(design).linksOf(switchId).filter((l) => l.kind === 'pcie').map((l) => l.source));
  const served = result.servers.filter((s) => cabled.has(s.id)).map((s) => s[options.trafficClass]);
  const p99Ms = Math.max(0, ...served.map((c) => c.responseMs.p99));
  const failed = served.reduce((sum, c) => sum + c.failed, 0);
  const surviving = result.adapters.filter((a) => pool.some((p) => p.id === a.id) && a.id !== failedAdapter);
  const utilization = surviving.reduce((sum, a) => sum + a.utilization, 0) / Math.max(1, surviving.length);
  const meets = failed === 0 && utilization <= options.maxUtilization && (options.p99Ms === undefined || p99Ms <= options.p99Ms);
  return { adapters, p99Ms, utilization, failed, meets };
}
