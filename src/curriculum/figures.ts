import { billOfMaterials, indexOf, offeredLoad, type Topology } from '../model/index.ts';
import { counterpartOf, type SimulationResult } from '../sim/index.ts';
import { worstP99 } from './checks.ts';

/**
 * A figure a lesson text states, never typed into the text: `{{name}}` in a step's text is filled
 * from the design on show, from the step's own run, or before a run from the analytic model, so
 * that what the text says is what the chart shows.
 */
/** `usd-change`: a saving ("$2,438 less") or an extra cost ("$350 more"); `mbps`: storage throughput, MB/s (megabytes). */
export type FigureUnit = 'count' | 'percent' | 'ms' | 'usd' | 'usd-change' | 'mbps';

export type LessonFigure = {
  unit: FigureUnit;
  /** A target the lesson sets (its check uses the same constant). */
  target?: number;
  /** The design the figure is of when it is not the one on show (the classic rack a lesson compares with). */
  of?: () => Topology;
  /** Exact, from the design on show (counts of elements). */
  design?: (topology: Topology) => number;
  /** The queueing model's value, shown (as "about …") until the step's design has a run; none when the model cannot say. */
  analytic?: (topology: Topology) => number | undefined;
  /** The run's value, once the design on show has one. */
  run?: (result: SimulationResult, topology: Topology) => number;
};

/** How a figure reads in a lesson text. */
export function formatFigure(value: number, unit: FigureUnit): string {
  switch (unit) {
    case 'count': return String(Math.round(value));
    case 'percent': return `${(value * 100).toFixed(value < 0.1 ? 1 : 0)} %`;
    case 'ms': return `${value.toFixed(value < 10 ? 2 : 1)} ms`;
    case 'usd': return `$${Math.round(value).toLocaleString('en-US')}`;
    case 'usd-change': return `$${Math.abs(Math.round(value)).toLocaleString('en-US')} ${value >= 0 ? 'less' : 'more'}`;
    case 'mbps': return `${Math.round(value).toLocaleString('en-US')} MB/s`;
  }
}

// The usual figures, shared by the lessons.

export const serverCount: LessonFigure = { unit: 'count', design: (t) => indexOf(t).servers.length };

export const adapterCountFigure: LessonFigure = {
  unit: 'count', design: (t) => t.nodes.filter((n) => n.kind === 'fc-hba' || n.kind === 'eth-nic').length,
};

export const cableCount = (kind: 'fc' | 'ethernet' | 'pcie'): LessonFigure => ({
  unit: 'count', design: (t) => t.links.filter((l) => l.kind === kind).length,
});

export const pooledCount = (kind: 'fc-hba' | 'eth-nic'): LessonFigure => ({
  unit: 'count',
  design: (t) => { const index = indexOf(t); return index.switches.flatMap((sw) => index.adaptersIn(sw.id)).filter((a) => a.kind === kind).length; },
});

/** Each adapter's analytic utilization in its busier direction, as the run measures it; a pool's adapters each at the pool's mean. */
function analyticPerAdapter(topology: Topology): { pooled: boolean; utilization: number }[] {
  return offeredLoad(topology).groups.flatMap((g) => g.adapterIds.map(() => ({
    pooled: g.kind === 'pooled', utilization: Math.max(g.load.up.utilization, g.load.down.utilization),
  })));
}

/**
 * The busiest adapter. Analytic only with dedicated adapters: a pool's model gives its mean, and
 * the run shows its first adapters busier than the rest (least-loaded picks the lowest idle port).
 */
export function analyticBusiest(topology: Topology): number | undefined {
  const adapters = analyticPerAdapter(topology);
  if (adapters.some((a) => a.pooled)) return undefined;
  return Math.max(0, ...adapters.map((a) => a.utilization));
}

export const busiestAdapter: LessonFigure = {
  unit: 'percent',
  analytic: analyticBusiest,
  run: (result) => Math.max(0, ...result.adapters.map((a) => a.utilization)),
};

/** The mean adapter's utilization: what a pool buys, each adapter busier. */
export function analyticMeanBusy(topology: Topology): number | undefined {
  const adapters = analyticPerAdapter(topology);
  return adapters.length === 0 ? undefined : adapters.reduce((sum, a) => sum + a.utilization, 0) / adapters.length;
}

export const meanAdapterBusy: LessonFigure = {
  unit: 'percent',
  analytic: analyticMeanBusy,
  run: (result) => (result.adapters.length === 0 ? 0 : result.adapters.reduce((sum, a) => sum + a.utilization, 0) / result.adapters.length),
};

export const worstStorageP99: LessonFigure = { unit: 'ms', run: (result) => worstP99(result, 'storage') };

/** A figure of another design than the one on show (the classic rack a lesson compares with). */
export const ofDesign = (design: () => Topology, figure: LessonFigure): LessonFigure => ({ ...figure, of: design });

/** The I/O part of the design's bill: adapters, switches and cables, servers aside. */
export const ioCost: LessonFigure = { unit: 'usd', design: (t) => billOfMaterials(t).ioPriceUsd };

/** The same figure of the design's counterpart: virtualized when it is dedicated, and the other way round (the compare view's). */
export function ofCounterpart(figure: LessonFigure): LessonFigure {
  const counterpart = (t: Topology) => { const c = counterpartOf(t); return c.ok ? c.topology : t; };
  return { unit: figure.unit, design: figure.design && ((t) => figure.design!(counterpart(t))) };
}

/** What pooling saves per server on the I/O bill (negative: what it costs more). */
export const poolingSavingPerServer: LessonFigure = {
  unit: 'usd-change',
  design: (t) => {
    const c = counterpartOf(t);
    const servers = indexOf(t).servers.length;
    return c.ok && servers > 0 ? (billOfMaterials(t).ioPriceUsd - billOfMaterials(c.topology).ioPriceUsd) / servers : 0;
  },
};
