import { TRAFFIC_CLASSES, type TrafficClass } from '../model/index.ts';
import type { Engine } from './engine.ts';
import { MS, ratio } from './resultClass.ts';
import { windowsOfFault, type FaultWindowIndex } from './stats/faultWindows.ts';

/** One class's I/Os inside a fault window (all servers together). */
export type WindowClassFigures = {
  completed: number; failed: number; retried: number; iops: number; throughputMBps: number;
  waitMs: { mean: number };
  responseMs: { mean: number; p50: number; p95: number; p99: number };
};

/** A stretch of the measured window with one set of failed elements (times in seconds). */
export type FaultWindowResult = {
  start: number;
  end: number;
  /** The targets of the faults on during the window, in the order they started. */
  failed: string[];
  storage: WindowClassFigures;
  network: WindowClassFigures;
  /** Each adapter's busiest port-direction during the window. */
  adapters: { id: string; utilization: number }[];
};

export type FaultResult = { target: string; at: number; until: number | null; windows: FaultWindowIndex };

/** The fault windows of a run (empty without faults) and, per fault of the settings, its windows. */
export function faultResults(engine: Engine): { faultWindows: FaultWindowResult[]; faults: FaultResult[] } {
  const stats = engine.path.windows;
  const faults = engine.options.faults;
  if (stats === null) return { faultWindows: [], faults: faults.map((f) => ({ target: f.target, at: f.at, until: f.until ?? null, windows: { before: null, during: [], after: null } })) };
  const { model, resources } = engine;
  const faultWindows = stats.plan.map((plan, w): FaultWindowResult => {
    const length = plan.end - plan.start;
    const classFigures = (trafficClass: TrafficClass): WindowClassFigures => {
      const k = 2 * w + TRAFFIC_CLASSES.indexOf(trafficClass);
      const completed = stats.completed[k]!;
      const histogram = stats.responseHistograms[k]!;
      const quantile = (q: number) => (histogram.count > 0 ? histogram.getValueAtQuantile(q) * MS : 0);
      return {
        completed, failed: stats.failed[k]!, retried: stats.retried[k]!,
        iops: ratio(completed, length), throughputMBps: ratio(stats.bytes[k]!, length) / 1e6,
        waitMs: { mean: ratio(stats.sumWait[k]!, completed) * MS },
        responseMs: { mean: ratio(stats.sumResponse[k]!, completed) * MS, p50: quantile(0.5), p95: quantile(0.95), p99: quantile(0.99) },
      };
    };
    const busiest = (ports: readonly number[]) => Math.max(0, ...ports.flatMap((p) => [2 * p, 2 * p + 1].map((r) => ratio(stats.busyIn(w, r, resources.windowBusy), length))));
    return {
      start: plan.start, end: plan.end, failed: plan.failed,
      storage: classFigures('storage'), network: classFigures('network'),
      adapters: model.adapters.map((adapter) => ({ id: adapter.id, utilization: busiest(adapter.ports) })),
    };
  });
  return {
    faultWindows,
    faults: faults.map((f) => ({ target: f.target, at: f.at, until: f.until ?? null, windows: windowsOfFault(stats.plan, f) })),
  };
}
