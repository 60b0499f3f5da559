import {
  activeRoutes, arrivalScv, demandOf, mm1, mmc, type Direction, type Topology,
} from '../model/index.ts';
import type { CompiledModel, CompiledPool } from './compile.ts';

export type AnalyticEstimate = {
  /** The queueing model used, e.g. "M/M/c" or "G/G/c (Allen–Cunneen)". */
  model: string;
  exact: boolean;
  utilization: number;
  waitProbability: number;
  /** Port stage (wait + service), seconds. */
  meanResponse: number;
};

type Contribution = { serverId: string; arrivalRate: number; meanService: number; arrivalScv: number; sizeScv: number };

/**
 * The first guess beside the simulated figure, per pool and direction (SIMULATION.md, "Analytic
 * beside simulated"): exact M/M/c for a shared queue fed Poisson arrivals of exponential sizes;
 * otherwise approximations: `static` as M/M/1 per port with its bound servers' load, `least-loaded`
 * as M/M/c (a lower bound), and fixed sizes or bursty arrivals by scaling the M/M/c wait by
 * (c_a² + c_s²)/2 (Allen–Cunneen; Kingman when c = 1, Pollaczek–Khinchine for M/D/1). Superposed
 * streams take the rate-weighted mean of their c_a² (Whitt).
 */
export function poolEstimate(topology: Topology, model: CompiledModel, poolIndex: number, direction: Direction): AnalyticEstimate {
  const pool = model.pools[poolIndex]!;
  const contributions = contributionsTo(topology, model, poolIndex, direction);
  const ports = pool.ports.length;
  const totalRate = contributions.reduce((sum, c) => sum + c.arrivalRate, 0);
  if (totalRate === 0) return { model: 'idle', exact: true, utilization: 0, waitProbability: 0, meanResponse: 0 };
  const meanService = contributions.reduce((sum, c) => sum + c.arrivalRate * c.meanService, 0) / totalRate;
  const ca2 = contributions.reduce((sum, c) => sum + c.arrivalRate * c.arrivalScv, 0) / totalRate;
  const cs2 = contributions.reduce((sum, c) => sum + c.arrivalRate * c.sizeScv, 0) / totalRate;
  const markovian = ca2 === 1 && cs2 === 1;

  if (pool.policy === 'static') return staticEstimate(pool, contributions, ca2, cs2);
  const queue = mmc(totalRate, meanService, ports);
  const scale = markovian ? 1 : (ca2 + cs2) / 2;
  const name = pool.policy === 'least-loaded'
    ? 'M/M/c (lower bound)'
    : markovian ? 'M/M/c' : ca2 === 1 && cs2 === 0 ? 'M/D/c (Allen–Cunneen)' : 'G/G/c (Allen–Cunneen)';
  // M/D/1 by Pollaczek–Khinchine is exact too.
  const exact = pool.policy === 'shared-queue' && (markovian || (ports === 1 && ca2 === 1));
  return {
    model: ports === 1 ? name.replace('/c', '/1') : name,
    exact,
    utilization: queue.utilization,
    waitProbability: queue.waitProbability,
    meanResponse: queue.meanWait * scale + meanService,
  };
}

function staticEstimate(pool: CompiledPool, contributions: Contribution[], ca2: number, cs2: number): AnalyticEstimate {
  const perPort = pool.ports.map(() => ({ rate: 0, busy: 0 }));
  for (const c of contributions) {
    const port = perPort[pool.serverIds.indexOf(c.serverId) % perPort.length]!;
    port.rate += c.arrivalRate;
    port.busy += c.arrivalRate * c.meanService;
  }
  const total = perPort.reduce((sum, p) => sum + p.rate, 0);
  let response = 0;
  let waiting = 0;
  let utilization = 0;
  for (const port of perPort) {
    if (port.rate === 0) continue;
    const queue = mm1(port.rate, port.busy / port.rate);
    response += (port.rate / total) * (queue.meanWait * ((ca2 + cs2) / 2) + port.busy / port.rate);
    waiting += (port.rate / total) * queue.waitProbability;
    utilization = Math.max(utilization, queue.utilization);
  }
  return { model: 'M/M/1 per port', exact: false, utilization, waitProbability: waiting, meanResponse: response };
}

/** Each server's load on the pool in one direction, split over its active routes as the simulator splits it. */
function contributionsTo(topology: Topology, model: CompiledModel, poolIndex: number, direction: Direction): Contribution[] {
  const pool = model.pools[poolIndex]!;
  const portRate = pool.ports.reduce((sum, p) => sum + model.ports[p]!.rate, 0) / pool.ports.length;
  const minService = pool.ports.reduce((sum, p) => sum + model.ports[p]!.minService, 0) / pool.ports.length;
  const servers = new Map(topology.nodes.filter((n) => n.kind === 'server').map((n) => [n.id, n]));
  const out: Contribution[] = [];
  for (const stream of model.streams) {
    const routeIndex = stream.routePools.indexOf(poolIndex);
    if (routeIndex < 0) continue;
    const active = activeRoutes(stream.routes).routes;
    if (!active.some((live) => live.route === stream.routes[routeIndex])) continue;
    const server = servers.get(stream.serverId);
    if (server?.kind !== 'server') continue;
    const demand = demandOf(server.workload, stream.trafficClass)[direction];
    const arrivalRate = demand.arrivalRate / active.length;
    out.push({
      serverId: stream.serverId,
      arrivalRate,
      meanService: Math.max(demand.meanBytes / portRate, minService),
      arrivalScv: arrivalScv(server.workload, demand.arrivalRate),
      sizeScv: stream.fixedSizes ? 0 : 1,
    });
  }
  return out;
}
