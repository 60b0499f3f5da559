import type { BreakEven } from '../../sim/index.ts';

/** A row of the break-even charts: one server count, both sides; p99 only where it was simulated. */
export type BreakEvenRow = {
  servers: number;
  costDedicated: number; costVirtualized: number;
  powerDedicated: number; powerVirtualized: number;
  p99Dedicated: number | null; p99Virtualized: number | null;
  /** Below and above each p99, to its 99 % interval's ends (recharts' error bars). */
  p99DedicatedError: [number, number]; p99VirtualizedError: [number, number];
};

const errorOf = (f: { mean: number; ci99: [number, number] } | undefined): [number, number] => (f ? [f.mean - Math.max(0, f.ci99[0]), f.ci99[1] - f.mean] : [0, 0]);

/** The rows the charts draw, from the bill-of-materials points and the simulated ones. */
export function breakEvenRows(result: BreakEven): BreakEvenRow[] {
  return result.points.map((p) => ({
    servers: p.servers,
    costDedicated: p.dedicated.ioPriceUsd, costVirtualized: p.virtualized.ioPriceUsd,
    powerDedicated: p.dedicated.ioPowerW, powerVirtualized: p.virtualized.ioPowerW,
    p99Dedicated: p.p99Ms?.dedicated.storage.mean ?? null, p99Virtualized: p.p99Ms?.virtualized.storage.mean ?? null,
    p99DedicatedError: errorOf(p.p99Ms?.dedicated.storage), p99VirtualizedError: errorOf(p.p99Ms?.virtualized.storage),
  }));
}
