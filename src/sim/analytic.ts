import {
  activeRoutes, arrivalScv, demandOf, kingmanMeanWait, mg1MeanWait, mmc,
  type Direction, type Topology,
} from '../model/index.ts';
import type { CompiledModel, CompiledPool } from './compile.ts';
import { isGated } from './qos/streamQos.ts';
import {
  isExponentialService, mixMoments, serviceMoments, squaredCoefficientOfVariation, type ServiceMoments,
} from './serviceMoments.ts';

export type AnalyticEstimate = {
  /** The queueing model used, e.g. "M/M/c", "M/G/1 (Pollaczek–Khinchine)" or "G/G/c (Allen–Cunneen)". */
  model: string;
  /** True only where the formula is exact for what the engine simulates (docs/simulation.md). */
  exact: boolean;
  utilization: number;
  waitProbability: number;
  /** Port stage wait (Wq) and wait + service (W), seconds. */
  meanWait: number;
  meanResponse: number;
  /** L, the mean number of I/Os in the port stage, waiting or in service: λW (Little's law). */
  meanQueueLength: number;
  /** The mixture's E[S] (seconds) and c_s²; the arrivals' c_a². */
  meanService: number;
  serviceScv: number;
  arrivalScv: number;
  /**
   * Only where QoS acts on the pool: `weighted` when weights or guarantees reorder it (the figures are
   * the FCFS formula's, approx.: the pool's mean wait moves little, a server's a lot), `no closed form`
   * when a server's queue depth or cap shapes its arrivals (the figures are then NaN, null in JSON).
   */
  qos?: 'weighted' | 'no closed form';
};

const NO_CLOSED_FORM: AnalyticEstimate = {
  model: 'no closed form', exact: false, utilization: NaN, waitProbability: NaN, meanWait: NaN, meanResponse: NaN,
  meanQueueLength: NaN, meanService: NaN, serviceScv: NaN, arrivalScv: NaN, qos: 'no closed form',
};

/** One server's stream into the pool in one direction, as the port sees it. */
type Contribution = {
  serverId: string;
  arrivalRate: number;
  meanBytes: number;
  fixedSizes: boolean;
  arrivalScv: number;
  /** Poisson at the port: a Poisson stream on one active route, not behind a PCIe queue. */
  poisson: boolean;
};

type Port = { rate: number; minService: number };

const IDLE: AnalyticEstimate = {
  model: 'idle', exact: true, utilization: 0, waitProbability: 0, meanWait: 0, meanResponse: 0,
  meanQueueLength: 0, meanService: 0, serviceScv: 0, arrivalScv: 1,
};

/**
 * The first guess beside the simulated figure, per pool (or dedicated adapter) and direction
 * (SIMULATION.md, "Analytic beside simulated"; the cases are tabled in docs/simulation.md). The
 * service moments come from the mixture of the streams, each S = max(B/rate, 1/IOPS).
 */
export function poolEstimate(topology: Topology, model: CompiledModel, poolIndex: number, direction: Direction): AnalyticEstimate {
  const pool = model.pools[poolIndex]!;
  // A queue depth makes a stream closed-loop and a cap shapes it: no textbook queue describes that.
  if (model.streams.some((stream) => isGated(stream.qos) && stream.routePools.includes(poolIndex))) return NO_CLOSED_FORM;
  const estimate = fcfsEstimate(topology, model, poolIndex, direction);
  return pool.fair && estimate !== IDLE ? { ...estimate, exact: false, qos: 'weighted' } : estimate;
}

/** The estimate of a pool dispatching first come, first served, as every pool did before QoS. */
function fcfsEstimate(topology: Topology, model: CompiledModel, poolIndex: number, direction: Direction): AnalyticEstimate {
  const pool = model.pools[poolIndex]!;
  const contributions = contributionsTo(topology, model, poolIndex, direction);
  const ports = pool.ports.map((p) => model.ports[p]!);
  if (contributions.reduce((sum, c) => sum + c.arrivalRate, 0) === 0) return IDLE;
  if (pool.policy === 'static' && ports.length > 1) return staticEstimate(pool, ports, contributions);
  // Ports of one pool may differ; the estimate takes their mean rate and ceiling (then it is approx.).
  const port = {
    rate: ports.reduce((sum, p) => sum + p.rate, 0) / ports.length,
    minService: ports.reduce((sum, p) => sum + p.minService, 0) / ports.length,
  };
  const identical = ports.every((p) => p.rate === ports[0]!.rate && p.minService === ports[0]!.minService);
  if (ports.length === 1) return singlePortEstimate(contributions, port, '');
  return multiPortEstimate(contributions, port, ports.length, pool.policy === 'least-loaded', identical);
}

function describe(contributions: readonly Contribution[], port: Port) {
  const arrivalRate = contributions.reduce((sum, c) => sum + c.arrivalRate, 0);
  const service = mixMoments(contributions.map((c) => ({ rate: c.arrivalRate, moments: serviceMoments(c.meanBytes, port.rate, port.minService, c.fixedSizes) })));
  return {
    arrivalRate,
    service,
    serviceScv: squaredCoefficientOfVariation(service),
    // Superposed streams: the rate-weighted mean of their c_a² (Whitt's approximation).
    arrivalScv: contributions.reduce((sum, c) => sum + c.arrivalRate * c.arrivalScv, 0) / arrivalRate,
    poisson: contributions.every((c) => c.poisson),
    exponential: isExponentialService(contributions.map((c) => ({ meanTransfer: c.meanBytes / port.rate, minService: port.minService, fixedSizes: c.fixedSizes }))),
  };
}

function finish(name: string, exact: boolean, arrivalRate: number, service: ServiceMoments, figures: { utilization: number; waitProbability: number; meanWait: number }, scv: { serviceScv: number; arrivalScv: number }): AnalyticEstimate {
  const meanResponse = figures.meanWait + service.mean;
  return { model: name, exact, ...figures, meanResponse, meanQueueLength: arrivalRate * meanResponse, meanService: service.mean, ...scv };
}

/**
 * One port: Pollaczek–Khinchine, Wq = λE[S²]/(2(1−ρ)), exact for the mean with Poisson arrivals
 * whatever the service (and P(wait) = ρ, arrivals see time averages); Kingman otherwise.
 */
function singlePortEstimate(contributions: readonly Contribution[], port: Port, suffix: string): AnalyticEstimate {
  const d = describe(contributions, port);
  const rho = d.arrivalRate * d.service.mean;
  const meanWait = d.poisson
    ? mg1MeanWait(d.arrivalRate, d.service.mean, d.serviceScv)
    : kingmanMeanWait(d.arrivalRate, d.service.mean, d.arrivalScv, d.serviceScv);
  const name = !d.poisson ? 'G/G/1 (Kingman)' : d.exponential ? 'M/M/1' : d.serviceScv === 0 ? 'M/D/1 (Pollaczek–Khinchine)' : 'M/G/1 (Pollaczek–Khinchine)';
  return finish(name + suffix, d.poisson, d.arrivalRate, d.service, { utilization: rho, waitProbability: Math.min(1, rho), meanWait }, d);
}

/**
 * c ports fed by one queue (shared-queue, or a dedicated adapter's ports): Erlang C, exact for
 * Poisson arrivals, exponential service and identical ports; otherwise the M/M/c wait scaled by
 * (c_a² + c_s²)/2 (Allen–Cunneen). `least-loaded` is estimated as if it were one queue: a lower bound.
 */
function multiPortEstimate(contributions: readonly Contribution[], port: Port, c: number, leastLoaded: boolean, identical: boolean): AnalyticEstimate {
  const d = describe(contributions, port);
  const queue = mmc(d.arrivalRate, d.service.mean, c);
  const markovian = d.poisson && d.exponential;
  const scale = markovian ? 1 : (d.arrivalScv + d.serviceScv) / 2;
  const name = leastLoaded ? 'M/M/c (lower bound)'
    : markovian ? 'M/M/c' : `${d.poisson ? 'M' : 'G'}/${d.serviceScv === 0 ? 'D' : 'G'}/c (Allen–Cunneen)`;
  const exact = !leastLoaded && markovian && identical;
  const figures = { utilization: queue.utilization, waitProbability: queue.waitProbability, meanWait: queue.meanWait * scale };
  return finish(name, exact, d.arrivalRate, d.service, figures, d);
}

/**
 * `static`: each server is bound to one port, so each port is its own one-port queue fed whole
 * streams (Pollaczek–Khinchine per port, exact with Poisson arrivals); the pool's figures are the
 * rate-weighted means over its ports, and its utilization the busiest port's.
 */
function staticEstimate(pool: CompiledPool, ports: readonly Port[], contributions: readonly Contribution[]): AnalyticEstimate {
  const perPort = ports.map(() => [] as Contribution[]);
  for (const c of contributions) perPort[pool.serverIds.indexOf(c.serverId) % ports.length]!.push(c);
  const estimates = perPort.flatMap((streams, i) => (streams.length === 0 ? [] : [{ rate: streams.reduce((s, c) => s + c.arrivalRate, 0), estimate: singlePortEstimate(streams, ports[i]!, ' per port') }]));
  const total = estimates.reduce((sum, e) => sum + e.rate, 0);
  const mean = (pick: (e: AnalyticEstimate) => number) => estimates.reduce((sum, e) => sum + e.rate * pick(e.estimate), 0) / total;
  const all = describe(contributions, ports[0]!);
  const names = new Set(estimates.map((e) => e.estimate.model));
  return {
    model: names.size === 1 ? [...names][0]! : 'M/G/1 per port (Pollaczek–Khinchine)',
    exact: estimates.every((e) => e.estimate.exact),
    utilization: Math.max(...estimates.map((e) => e.estimate.utilization)),
    waitProbability: mean((e) => e.waitProbability),
    meanWait: mean((e) => e.meanWait),
    meanResponse: mean((e) => e.meanResponse),
    meanQueueLength: estimates.reduce((sum, e) => sum + e.estimate.meanQueueLength, 0),
    meanService: mean((e) => e.meanService),
    serviceScv: all.serviceScv,
    arrivalScv: all.arrivalScv,
  };
}

/**
 * Each server's load on the pool in one direction, split over its active routes as the simulator
 * splits it: one I/O each in turn, so a stream on k routes reaches each every k-th arrival
 * (c_a² divided by k: Erlang-k for a Poisson stream, no longer Poisson).
 */
function contributionsTo(topology: Topology, model: CompiledModel, poolIndex: number, direction: Direction): Contribution[] {
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
    if (demand.arrivalRate === 0) continue;
    // A write or transmit crosses the PCIe cable before the port: its departures are not Poisson.
    const behindCable = stream.routeCables[routeIndex]! >= 0 && direction === 'down';
    out.push({
      serverId: stream.serverId,
      arrivalRate: demand.arrivalRate / active.length,
      meanBytes: demand.meanBytes,
      fixedSizes: stream.fixedSizes,
      arrivalScv: arrivalScv(server.workload, demand.arrivalRate) / active.length,
      poisson: server.workload.arrivals === 'poisson' && active.length === 1 && !behindCable,
    });
  }
  return out;
}
