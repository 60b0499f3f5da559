import type { SimulationResult } from '../../sim/index.ts';
import type { SeriesRow } from '../../store/liveSeries.ts';
import type { ServerClassRow } from './summaryRows.ts';

/**
 * Utilization rows of the whole run once it is done (the engine's series: every interval, from the
 * start), else the live rows from the frames. A row's time is the end of its interval.
 */
export function utilizationRows(result: SimulationResult | null, live: () => SeriesRow[]): SeriesRow[] {
  if (!result) return live();
  const { step, adapters } = result.series;
  const ids = Object.keys(adapters);
  const length = Math.max(0, ...ids.map((id) => adapters[id]!.length));
  return Array.from({ length }, (_, k) => {
    const row = { time: Number(((k + 1) * step).toPrecision(12)) } as SeriesRow;
    for (const id of ids) row[id] = adapters[id]![k] ?? 0;
    return row;
  });
}

/** Bars of the response chart: per server, the percentiles of one class. */
export function percentileBars(rows: readonly ServerClassRow[], trafficClass: 'storage' | 'network'): { id: string; server: string; p50: number; p95: number; p99: number }[] {
  return rows.filter((r) => r.trafficClass === trafficClass).map((r) => ({ id: r.serverId, server: r.label, p50: r.p50, p95: r.p95, p99: r.p99 }));
}
