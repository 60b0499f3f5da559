import { DIRECTIONS, indexOf, type Topology, type TrafficClass } from '../model/index.ts';
import { poolEstimate } from './analytic.ts';
import { DOWN, UP } from './compile.ts';
import type { Engine } from './engine.ts';
import { BATCHES, confidenceInterval } from './stats/batchMeans.ts';
import type { IoStats } from './stats/ioStats.ts';

const MS = 1000;

export type ClassResult = {
  completed: number;
  failed: number;
  retried: number;
  iops: number;
  throughputMBps: number;
  waitedFraction: number;
  waitMs: { mean: number; p95: number };
  responseMs: { mean: number; p50: number; p95: number; p99: number; ci99: [number, number] };
  /** Mean end-to-end response per direction: up (reads, receives) and down (writes, transmits). */
  directions: Record<'up' | 'down', { completed: number; meanResponseMs: number }>;
};

export type SimulationResult = {
  seed: number;
  duration: number;
  warmup: number;
  events: number;
  adapters: {
    id: string; kind: string; switchId: string | null;
    utilization: number; utilizationUp: number; utilizationDown: number;
    throughputMBps: number; iops: number; meanQueueLength: number;
  }[];
  links: { id: string; kind: string; utilization: number; throughputMBps: number; iops: number; meanQueueLength: number }[];
  servers: { id: string; storage: ClassResult; network: ClassResult }[];
  pools: {
    switchId: string; class: TrafficClass; direction: 'up' | 'down'; ports: number;
    analytic: { model: string; exact: boolean; waitProbability: number; meanResponseMs: number };
    simulated: { completed: number; waitProbability: number; meanResponseMs: number; ci99: [number, number] };
  }[];
  /** Utilization over time, one value per interval of `step` seconds, from the start. */
  series: { step: number; adapters: Record<string, number[]>; links: Record<string, number[]> };
};

const ratio = (a: number, b: number) => (b > 0 ? a / b : 0);
const batchOffset = (slot: number) => slot * BATCHES * 2;

function classResult(stats: IoStats, group: number, window: number): ClassResult {
  const slots = [2 * group + UP, 2 * group + DOWN];
  const sum = (array: Float64Array) => array[slots[0]!]! + array[slots[1]!]!;
  const completed = sum(stats.completed);
  const response = stats.responseSketches[group]!;
  const wait = stats.waitSketches[group]!;
  const quantile = (q: number) => (response.count > 0 ? response.getValueAtQuantile(q) * MS : 0);
  const [lo, hi] = confidenceInterval(stats.responseBatches, slots.map(batchOffset));
  const direction = (slot: number) => ({ completed: stats.completed[slot]!, meanResponseMs: ratio(stats.sumResponse[slot]!, stats.completed[slot]!) * MS });
  return {
    completed,
    failed: sum(stats.failed),
    retried: sum(stats.retried),
    iops: completed / window,
    throughputMBps: sum(stats.bytes) / window / 1e6,
    waitedFraction: ratio(sum(stats.waited), completed),
    waitMs: { mean: ratio(sum(stats.sumWait), completed) * MS, p95: wait.count > 0 ? wait.getValueAtQuantile(0.95) * MS : 0 },
    responseMs: { mean: ratio(sum(stats.sumResponse), completed) * MS, p50: quantile(0.5), p95: quantile(0.95), p99: quantile(0.99), ci99: [lo * MS, hi * MS] },
    directions: { up: direction(slots[0]!), down: direction(slots[1]!) },
  };
}

const EMPTY_CLASS: ClassResult = {
  completed: 0, failed: 0, retried: 0, iops: 0, throughputMBps: 0, waitedFraction: 0,
  waitMs: { mean: 0, p95: 0 }, responseMs: { mean: 0, p50: 0, p95: 0, p99: 0, ci99: [0, 0] },
  directions: { up: { completed: 0, meanResponseMs: 0 }, down: { completed: 0, meanResponseMs: 0 } },
};

/** The figures of a finished run, in the units of SIMULATION.md (ms, MB/s, IOPS, fractions). */
export function buildResult(topology: Topology, engine: Engine): SimulationResult {
  const { model, resources, options } = engine;
  const window = options.duration - options.warmup;
  const portBusy = (port: number, d: number) => resources.windowBusy[2 * port + d]! / window;

  const adapters = model.adapters.map((adapter) => {
    const up = Math.max(0, ...adapter.ports.map((p) => portBusy(p, UP)));
    const down = Math.max(0, ...adapter.ports.map((p) => portBusy(p, DOWN)));
    const total = (array: Float64Array) => adapter.ports.reduce((s, p) => s + array[2 * p]! + array[2 * p + 1]!, 0);
    return {
      id: adapter.id, kind: adapter.kind, switchId: adapter.switchId,
      utilization: Math.max(up, down), utilizationUp: up, utilizationDown: down,
      throughputMBps: total(resources.windowBytes) / window / 1e6,
      iops: total(resources.windowCompletions) / window,
      meanQueueLength: total(resources.occupancyArea) / window,
    };
  });
  const adapterByLink = new Map(model.adapters.map((a, i) => [a.fabricLinkId, adapters[i]!]));
  const cableFigures = new Map(model.cables.map((cable, c) => {
    const r = engine.cableBase + 2 * c;
    const both = (array: Float64Array) => array[r]! + array[r + 1]!;
    return [cable.linkId, {
      utilization: Math.max(resources.windowBusy[r]!, resources.windowBusy[r + 1]!) / window,
      throughputMBps: both(resources.windowBytes) / window / 1e6,
      iops: both(resources.windowCompletions) / window,
      meanQueueLength: both(resources.occupancyArea) / window,
    }];
  }));
  const idle = { utilization: 0, throughputMBps: 0, iops: 0, meanQueueLength: 0 };
  // A fabric cable is not a queue: it reports what its adapter carries.
  const links = topology.links.map((link) => {
    const adapter = adapterByLink.get(link.id);
    const figures = link.kind === 'pcie' ? cableFigures.get(link.id) ?? idle : adapter ? { ...adapter, meanQueueLength: 0 } : idle;
    return { id: link.id, kind: link.kind, utilization: figures.utilization, throughputMBps: figures.throughputMBps, iops: figures.iops, meanQueueLength: figures.meanQueueLength };
  });

  const streamIndex = new Map(model.streams.map((s, i) => [`${s.serverId}/${s.trafficClass}`, i]));
  const servers = indexOf(topology).servers.map((server) => {
    const of = (trafficClass: TrafficClass) => {
      const s = streamIndex.get(`${server.id}/${trafficClass}`);
      return s === undefined ? EMPTY_CLASS : classResult(engine.streamStats, s, window);
    };
    return { id: server.id, storage: of('storage'), network: of('network') };
  });

  const pools = model.pools.flatMap((pool, p) => pool.kind !== 'pooled' ? [] : DIRECTIONS.map((direction) => {
    const d = direction === 'up' ? UP : DOWN;
    const slot = 2 * p + d;
    const stats = engine.poolStats;
    const estimate = poolEstimate(topology, model, p, direction);
    const [lo, hi] = confidenceInterval(stats.responseBatches, [batchOffset(slot)]);
    return {
      switchId: pool.switchId!, class: pool.trafficClass, direction, ports: pool.ports.length,
      analytic: { model: estimate.model, exact: estimate.exact, waitProbability: estimate.waitProbability, meanResponseMs: estimate.meanResponse * MS },
      simulated: {
        completed: stats.completed[slot]!,
        waitProbability: ratio(stats.waited[slot]!, stats.completed[slot]!),
        meanResponseMs: ratio(stats.sumResponse[slot]!, stats.completed[slot]!) * MS,
        ci99: [lo * MS, hi * MS] as [number, number],
      },
    };
  }));

  const seriesOf = (ids: string[], offset: number) => Object.fromEntries(ids.map((id, i) => [id, engine.series.read(offset + i).values]));
  return {
    seed: options.seed, duration: options.duration, warmup: options.warmup, events: engine.events,
    adapters, links, servers, pools,
    series: {
      step: engine.series.step,
      adapters: seriesOf(model.adapters.map((a) => a.id), 0),
      links: seriesOf(model.cables.map((c) => c.linkId), model.adapters.length),
    },
  };
}
