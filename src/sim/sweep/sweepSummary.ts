import { replicatedFigure, type ReplicatedFigure } from '../stats/replicationInterval.ts';
import type { SweepParameter } from './sweepParameters.ts';
import type { SweepLine } from './sweepPlan.ts';

/** One value of a swept parameter: its replications' p99 per class with their 99 % intervals, and the I/O cost. */
export type SweepSummaryRow = { value: number; runs: number; storageP99: ReplicatedFigure; networkP99: ReplicatedFigure; ioPriceUsd: number; ioPowerW: number };

/** The lines of a one-parameter sweep, gathered per value (in the lines' order: ascending). */
export function summarizeSweep(lines: readonly SweepLine[], parameter: SweepParameter): SweepSummaryRow[] {
  const groups = new Map<number, SweepLine[]>();
  for (const line of lines) {
    const value = line.parameters[parameter];
    if (value === undefined) continue;
    groups.set(value, [...(groups.get(value) ?? []), line]);
  }
  return [...groups.entries()].map(([value, group]) => ({
    value, runs: group.length,
    storageP99: replicatedFigure(group.map((l) => l.figures.p99Ms.storage)),
    networkP99: replicatedFigure(group.map((l) => l.figures.p99Ms.network)),
    ioPriceUsd: group[0]!.figures.ioPriceUsd,
    ioPowerW: group[0]!.figures.ioPowerW,
  }));
}
