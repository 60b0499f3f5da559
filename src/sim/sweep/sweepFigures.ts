import { billOfMaterials, TRAFFIC_CLASSES, type Topology, type TrafficClass } from '../../model/index.ts';
import type { SimulationResult } from '../result.ts';

/** The figures of one run in a sweep's line: nothing of the machine or the clock, so every machine writes the same. */
export type SweepFigures = {
  /** The worst server's p99 end to end, per class, ms. */
  p99Ms: Record<TrafficClass, number>;
  /** Mean response over every completed I/O of the class, ms. */
  meanResponseMs: Record<TrafficClass, number>;
  iops: Record<TrafficClass, number>;
  meanAdapterUtilization: number;
  peakAdapterUtilization: number;
  failed: number;
  /** I/O cost and power from the bill of materials (catalog estimates unless the design sets prices). */
  ioPriceUsd: number;
  ioPowerW: number;
  events: number;
};

const perClass = (of: (cls: TrafficClass) => number) => Object.fromEntries(TRAFFIC_CLASSES.map((cls) => [cls, of(cls)])) as Record<TrafficClass, number>;

export function sweepFigures(topology: Topology, result: SimulationResult): SweepFigures {
  const bill = billOfMaterials(topology);
  const utilizations = result.adapters.map((a) => a.utilization);
  const completed = (cls: TrafficClass) => result.servers.reduce((sum, s) => sum + s[cls].completed, 0);
  return {
    p99Ms: perClass((cls) => Math.max(0, ...result.servers.map((s) => s[cls].responseMs.p99))),
    meanResponseMs: perClass((cls) => result.servers.reduce((sum, s) => sum + s[cls].responseMs.mean * s[cls].completed, 0) / Math.max(1, completed(cls))),
    iops: perClass((cls) => result.servers.reduce((sum, s) => sum + s[cls].iops, 0)),
    meanAdapterUtilization: utilizations.reduce((a, b) => a + b, 0) / Math.max(1, utilizations.length),
    peakAdapterUtilization: Math.max(0, ...utilizations),
    failed: result.servers.reduce((sum, s) => sum + s.storage.failed + s.network.failed, 0),
    ioPriceUsd: bill.ioPriceUsd,
    ioPowerW: bill.ioPowerW,
    events: result.events,
  };
}
