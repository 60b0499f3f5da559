import {
  activeRoutes, indexOf, pcieRateBytesPerSecond, poolAdapters, poolDemand, portRateBytesPerSecond, routesOf, setPoolSize,
  slotCapacity, slotsUsed, smallestPoolAnalytic, type PortModel, type SizingTarget, type Topology, type TrafficClass,
} from '../model/index.ts';
import { DEFAULT_REPLICATIONS, replicationSeeds } from './replications.ts';
import type { SimulationResult } from './result.ts';
import { runInProcess, type RunMany } from './runMany.ts';
import { replicatedFigure } from './stats/replicationInterval.ts';

export type SizingCandidate = {
  adapters: number;
  /** The worst server's p99 of the class, ms: the mean over the replications. */
  p99Ms: number;
  /** Two-sided 99 % interval of that mean (Student t, n − 1 degrees of freedom). */
  p99Ci99: [number, number];
  /** One-sided upper 99 % bound: the size is accepted only if this meets the target. */
  p99Upper99Ms: number;
  /** Each replication's worst-server p99, in replication order. */
  p99ByReplication: number[];
  /** Target minus the upper bound, ms (negative: missed by that much); null without a p99 target. */
  marginMs: number | null;
  utilization: number;
  failed: number;
  meets: boolean;
};

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
  /** Independent replications per pool size (DEFAULT_REPLICATIONS); their seeds come from the seed. */
  replications?: number;
  /** Where the replications run (worker threads, the page's workers); in process when not given. */
  runMany?: RunMany;
  /** Told of each pool size once simulated: the app's progress while the search goes on. */
  onCandidate?: (candidate: SizingCandidate, pool: { switchId: string; trafficClass: TrafficClass }) => void;
};

/**
 * Right-sizing: the smallest pool of a class in each switch (or `switchId`) that meets a target,
 * p99 end to end per class and a utilization ceiling, with one adapter failed for N+1. The analytic
 * estimate is the first guess; the simulation decides, searching down from it while the target holds
 * and up from it until it does. Each size is simulated in independent replications and accepted only
 * when the upper 99 % bound of its p99 meets the target, not its point estimate.
 */
export async function sizePools(topology: Topology, options: SizeOptions): Promise<PoolSizing[]> {
  const index = indexOf(topology);
  const switches = index.switches.filter((sw) => (options.switchId ? sw.id === options.switchId : true));
  const sizings: PoolSizing[] = [];
  for (const sw of switches) {
    if (poolAdapters(topology, sw.id, options.trafficClass).length > 0) sizings.push(await sizePool(topology, sw.id, options));
  }
  return sizings;
}

async function sizePool(topology: Topology, switchId: string, options: SizeOptions): Promise<PoolSizing> {
  const { trafficClass } = options;
  const target: SizingTarget = { maxUtilization: options.maxUtilization, nPlusOne: options.nPlusOne, ...(options.p99Ms === undefined ? {} : { p99Ms: options.p99Ms }) };
  const index = indexOf(topology);
  const switchNode = index.node(switchId)!;
  const pool = poolAdapters(topology, switchId, trafficClass);
  const maxAdapters = pool.length + slotCapacity(switchNode) - slotsUsed(topology, switchNode);
  const guess = analyticGuess(topology, switchId, trafficClass, target, maxAdapters);
  const minimum = options.nPlusOne ? 2 : 1;
  const tried = new Map<number, SizingCandidate>();
  const evaluate = async (adapters: number) => {
    if (!tried.has(adapters)) {
      const candidate = await simulatePoolSize(topology, switchId, adapters, options);
      tried.set(adapters, candidate);
      options.onCandidate?.(candidate, { switchId, trafficClass });
    }
    return tried.get(adapters)!;
  };
  let chosen: number | null = null;
  let size = Math.min(Math.max(guess ?? maxAdapters, minimum), maxAdapters);
  if ((await evaluate(size)).meets) {
    chosen = size;
    while (size - 1 >= minimum && (await evaluate(size - 1)).meets) chosen = --size;
  } else {
    while (++size <= maxAdapters) {
      if ((await evaluate(size)).meets) { chosen = size; break; }
    }
  }
  return {
    switchId, trafficClass, target, currentAdapters: pool.length, maxAdapters, analyticGuess: guess, chosen,
    candidates: [...tried.values()].toSorted((a, b) => a.adapters - b.adapters),
  };
}

/** The M/M/c first guess for one switch's pool of a class: the smallest size meeting the target analytically, or null. */
export function analyticGuess(topology: Topology, switchId: string, trafficClass: TrafficClass, target: SizingTarget, maxAdapters: number): number | null {
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

/** The design with the pool at `adapters` (and its first adapter failed for N+1), or null when it does not fit. */
function designAtSize(topology: Topology, switchId: string, adapters: number, options: SizeOptions) {
  const sized = setPoolSize(topology, switchId, options.trafficClass, adapters);
  if (!sized.ok) return null;
  const pool = poolAdapters(sized.topology, switchId, options.trafficClass);
  const failedAdapter = options.nPlusOne ? pool[0]?.id : undefined;
  const design = failedAdapter
    ? { ...sized.topology, settings: { ...sized.topology.settings, faults: [...sized.topology.settings.faults, { at: 0, target: failedAdapter }] } }
    : sized.topology;
  return { design, surviving: new Set(pool.map((p) => p.id).filter((id) => id !== failedAdapter)) };
}

/**
 * One pool size, simulated in independent replications: per replication the worst server's p99 of the
 * class, the pool's mean utilization (failed adapter left out) and failed I/Os; accepted when nothing
 * fails, the mean utilization keeps under the ceiling and the upper 99 % bound of p99 meets the target.
 */
export async function simulatePoolSize(topology: Topology, switchId: string, adapters: number, options: SizeOptions): Promise<SizingCandidate> {
  const at = designAtSize(topology, switchId, adapters, options);
  if (!at) return { adapters, p99Ms: Infinity, p99Ci99: [Infinity, Infinity], p99Upper99Ms: Infinity, p99ByReplication: [], marginMs: null, utilization: Infinity, failed: 0, meets: false };
  const seeds = replicationSeeds(options.seed ?? topology.settings.seed, options.replications ?? DEFAULT_REPLICATIONS);
  const duration = options.duration === undefined ? {} : { duration: options.duration };
  const results = await (options.runMany ?? runInProcess)(seeds.map((seed) => ({ topology: at.design, options: { seed, ...duration } })));
  const cabled = new Set(indexOf(at.design).linksOf(switchId).filter((l) => l.kind === 'pcie').map((l) => l.source));
  const figures = results.map((result) => replicationFigures(result, cabled, at.surviving, options.trafficClass));
  const p99 = replicatedFigure(figures.map((f) => f.p99Ms));
  const failed = figures.reduce((sum, f) => sum + f.failed, 0);
  const utilization = figures.reduce((sum, f) => sum + f.utilization, 0) / figures.length;
  const marginMs = options.p99Ms === undefined ? null : options.p99Ms - p99.upper99;
  const meets = failed === 0 && utilization <= options.maxUtilization && (marginMs === null || marginMs >= 0);
  return { adapters, p99Ms: p99.mean, p99Ci99: p99.ci99, p99Upper99Ms: p99.upper99, p99ByReplication: figures.map((f) => f.p99Ms), marginMs, utilization, failed, meets };
}

function replicationFigures(result: SimulationResult, cabled: ReadonlySet<string>, surviving: ReadonlySet<string>, trafficClass: TrafficClass) {
  const served = result.servers.filter((s) => cabled.has(s.id)).map((s) => s[trafficClass]);
  const pool = result.adapters.filter((a) => surviving.has(a.id));
  return {
    p99Ms: Math.max(0, ...served.map((c) => c.responseMs.p99)),
    failed: served.reduce((sum, c) => sum + c.failed, 0),
    utilization: pool.reduce((sum, a) => sum + a.utilization, 0) / Math.max(1, pool.length),
  };
}
