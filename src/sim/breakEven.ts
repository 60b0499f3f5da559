import {
  billOfMaterials, dedicate, indexOf, poolAdapters, scaleDesign, setPoolSize, slotCapacity, slotsUsed, TRAFFIC_CLASSES,
  type SizingTarget, type Topology, type TrafficClass,
} from '../model/index.ts';
import { DEFAULT_REPLICATIONS, replicationSeeds } from './replications.ts';
import { runInProcess, type RunMany } from './runMany.ts';
import { analyticGuess } from './sizing.ts';
import { replicatedFigure, type ReplicatedFigure } from './stats/replicationInterval.ts';
import { sweepFigures } from './sweep/sweepFigures.ts';

/** The rule, as the compare view, the report and docs/comparing.md state it. */
export const SCALING_RULE = 'Servers are added as the scale design adds them (PCIe Gen2 x8, presets web, database, backup, vdi, idle in turn, 16 to an IOV switch); the virtualized side has as many IOV switches as its servers need, each pool sized by the analytic first guess for the target (p99 2 ms storage, 0.5 ms network, under 70 % busy, one spare); the dedicated side gives each server its own HBA and NIC. Cost and power come from the bill of materials with the design’s prices; p99 is simulated in replications, with its 99 % interval.';

/** The target the virtualized pools are sized for: the right-size panel's default goal. */
export const BREAK_EVEN_TARGET: Readonly<Record<TrafficClass, SizingTarget>> = {
  storage: { p99Ms: 2, maxUtilization: 0.7, nPlusOne: true },
  network: { p99Ms: 0.5, maxUtilization: 0.7, nPlusOne: true },
};

export type SideFigures = { ioPriceUsd: number; ioPowerW: number; adapters: number };
export type SideP99 = Record<TrafficClass, ReplicatedFigure>;
export type BreakEvenPoint = {
  servers: number;
  dedicated: SideFigures; virtualized: SideFigures;
  /** Simulated at the sampled counts only (simulating every count would cost too much): null elsewhere. */
  p99Ms: { dedicated: SideP99; virtualized: SideP99 } | null;
};
export type BreakEven = {
  rule: string;
  points: BreakEvenPoint[];
  /** The fewest servers from which virtualization costs (uses) less at every larger count of the range; null if never. */
  breakEven: { cost: number | null; power: number | null };
  replications: number;
};

/** The virtualized and dedicated designs of n servers under the scaling rule, with the file's settings and prices. */
export function scaledPair(file: Topology, servers: number): { virtualized: Topology; dedicated: Topology } {
  const scaled = scaleDesign(servers);
  let virtualized: Topology = { ...scaled, settings: { ...file.settings, faults: [] } };
  for (const sw of indexOf(virtualized).switches) {
    for (const trafficClass of TRAFFIC_CLASSES) {
      const switchNode = indexOf(virtualized).node(sw.id)!;
      const maxAdapters = poolAdapters(virtualized, sw.id, trafficClass).length + slotCapacity(switchNode) - slotsUsed(virtualized, switchNode);
      const guess = analyticGuess(virtualized, sw.id, trafficClass, BREAK_EVEN_TARGET[trafficClass], maxAdapters) ?? maxAdapters;
      const sized = setPoolSize(virtualized, sw.id, trafficClass, guess);
      if (sized.ok) virtualized = sized.topology;
    }
  }
  const dedicated = dedicate(virtualized);
  if (!dedicated.ok) throw new RangeError(dedicated.reason);
  return { virtualized, dedicated: dedicated.topology };
}

const sideFigures = (topology: Topology): SideFigures => {
  const bill = billOfMaterials(topology);
  return { ioPriceUsd: bill.ioPriceUsd, ioPowerW: bill.ioPowerW, adapters: bill.adapters };
};

/** The smallest count from which `cheaper` holds at every count after it; null when it does not hold at the last. */
export function crossover(points: readonly BreakEvenPoint[], cheaper: (p: BreakEvenPoint) => boolean): number | null {
  let from: number | null = null;
  for (const point of points) from = cheaper(point) ? (from ?? point.servers) : null;
  return from;
}

export type BreakEvenOptions = {
  /** The counts drawn and simulated for p99 (the doublings of a range, parseServerRange). */
  counts: readonly number[];
  replications?: number;
  duration?: number;
  runMany?: RunMany;
  onProgress?: (done: number, total: number) => void;
};

/**
 * Cost, power and p99 of both sides at each count, and where virtualization starts to cost (use) less.
 * Between two counts where the answer changes, the crossover is found by bisection on the bills of
 * materials alone (building a 256-server pair takes seconds; simulating it, much longer).
 */
export async function breakEven(file: Topology, options: BreakEvenOptions): Promise<BreakEven> {
  const replications = options.replications ?? DEFAULT_REPLICATIONS;
  const seeds = replicationSeeds(file.settings.seed, replications);
  const points = new Map<number, BreakEvenPoint>();
  const costed = (servers: number) => {
    if (!points.has(servers)) {
      const pair = scaledPair(file, servers);
      points.set(servers, { servers, dedicated: sideFigures(pair.dedicated), virtualized: sideFigures(pair.virtualized), p99Ms: null });
    }
    return points.get(servers)!;
  };
  let done = 0;
  for (const servers of options.counts) {
    const pair = scaledPair(file, servers);
    const point = costed(servers);
    point.p99Ms = { dedicated: await sideP99(pair.dedicated, seeds, options), virtualized: await sideP99(pair.virtualized, seeds, options) };
    options.onProgress?.(++done, options.counts.length);
  }
  const cheaper = { cost: (p: BreakEvenPoint) => p.virtualized.ioPriceUsd < p.dedicated.ioPriceUsd, power: (p: BreakEvenPoint) => p.virtualized.ioPowerW < p.dedicated.ioPowerW };
  const refined = (test: (p: BreakEvenPoint) => boolean) => {
    const sampled = [...points.values()].filter((p) => options.counts.includes(p.servers));
    const from = crossover(sampled, test);
    const at = sampled.findIndex((p) => p.servers === from);
    if (from === null || at <= 0) return from;
    let [low, high] = [sampled[at - 1]!.servers, from]; // test fails at low, holds at high
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2);
      if (test(costed(middle))) high = middle;
      else low = middle;
    }
    return high;
  };
  const breakEvenAt = { cost: refined(cheaper.cost), power: refined(cheaper.power) };
  return { rule: SCALING_RULE, points: [...points.values()].toSorted((a, b) => a.servers - b.servers), breakEven: breakEvenAt, replications };
}

async function sideP99(topology: Topology, seeds: readonly number[], options: BreakEvenOptions): Promise<SideP99> {
  const duration = options.duration === undefined ? {} : { duration: options.duration };
  const results = await (options.runMany ?? runInProcess)(seeds.map((seed) => ({ topology, options: { seed, ...duration } })));
  const figures = results.map((result) => sweepFigures(topology, result));
  return { storage: replicatedFigure(figures.map((f) => f.p99Ms.storage)), network: replicatedFigure(figures.map((f) => f.p99Ms.network)) };
}

const isServerCount = (n: number) => Number.isInteger(n) && n >= 1 && n <= 1024;

/** `4..256` (the doublings from FROM, and TO) or a list `8,16,64`; null if neither. */
export function parseServerRange(text: string): number[] | null {
  const range = /^(\d+)\.\.(\d+)$/.exec(text.trim());
  const list = range ? null : text.split(',').map((v) => Number(v.trim()));
  if (range) {
    const [from, to] = [Number(range[1]), Number(range[2])];
    if (!isServerCount(from) || !isServerCount(to) || to <= from) return null;
    const counts: number[] = [];
    for (let n = from; n < to; n *= 2) counts.push(n);
    return [...counts, to];
  }
  if (!list || list.length === 0 || !list.every(isServerCount)) return null;
  return [...new Set(list)].toSorted((a, b) => a - b);
}
