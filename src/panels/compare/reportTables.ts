import { billOfMaterials, indexOf, itemName, presetOf, PRICED_ITEMS, TRAFFIC_CLASSES, unitFigures, type Prices, type Topology } from '../../model/index.ts';
import type { SimulationResult } from '../../sim/index.ts';
import type { ComparedSide } from '../../store/comparisonSlice.ts';

/** The printed report's tables (issue 19, item 6): the servers and their workloads, the prices used, each figure with its interval. */
export type ServerRow = { id: string; label: string; preset: string; storage: string; network: string; arrivals: string };
export type PriceRow = { item: string; count: number; price: string; power: string; source: 'estimate' | 'the design’s' };
export type IntervalRow = { id: string; label: string; base: string; variant: string };

const usd = (n: number) => `$${Math.round(n).toLocaleString('en-US')}`;

export function serverRows(topology: Topology): ServerRow[] {
  return indexOf(topology).servers.map((server) => {
    const w = server.workload;
    return {
      id: server.id, label: server.label, preset: presetOf(w) ?? 'custom',
      storage: `${w.storageIops.toLocaleString('en-US')} IOPS of ${w.blockKiB} KiB, ${Math.round(w.readShare * 100)} % reads`,
      network: `${w.networkMbps.toLocaleString('en-US')} Mb/s in ${w.messageKiB} KiB messages, ${Math.round(w.transmitShare * 100)} % sent`,
      arrivals: w.arrivals === 'bursty' ? `bursty (on ${w.onMs} ms, off ${w.offMs} ms)` : 'Poisson',
    };
  });
}

/** Every item either side uses, at the price and power the comparison counted. */
export function priceRows(topologies: Record<ComparedSide, Topology>, prices: Prices): PriceRow[] {
  const priced = (t: Topology) => ({ ...t, settings: { ...t.settings, prices } });
  const counts = (t: Topology) => billOfMaterials(priced(t)).counts;
  const [a, b] = [counts(topologies.base), counts(topologies.variant)];
  return PRICED_ITEMS.flatMap((item) => {
    const count = Math.max(a[item] ?? 0, b[item] ?? 0);
    if (count === 0) return [];
    const unit = unitFigures(priced(topologies.base), item);
    return [{ item: itemName(item), count, price: usd(unit.priceUsd), power: `${unit.powerW} W`, source: prices[item] ? 'the design’s' as const : 'estimate' as const }];
  });
}

const worst = (result: SimulationResult, cls: 'storage' | 'network') => result.servers.reduce<SimulationResult['servers'][number] | undefined>((w, s) => (!w || s[cls].responseMs.mean > w[cls].responseMs.mean ? s : w), undefined)?.[cls];
const ms = (v: number) => v.toFixed(3);

/**
 * The worst server's mean response per class with its 99 % interval (batch means within the run),
 * and the p99s, which one run gives without an interval (the break-even's replications give theirs).
 */
export function intervalRows(results: Record<ComparedSide, SimulationResult>): IntervalRow[] {
  return TRAFFIC_CLASSES.flatMap((cls) => {
    const name = cls === 'storage' ? 'Storage' : 'Network';
    const mean = (r: SimulationResult) => {
      const c = worst(r, cls)?.responseMs;
      return c ? `${ms(c.mean)} (${ms(c.ci99[0])}–${ms(c.ci99[1])})` : '—';
    };
    const p99 = (r: SimulationResult) => ms(Math.max(0, ...r.servers.map((s) => s[cls].responseMs.p99)));
    return [
      { id: `${cls}-mean`, label: `${name} mean response, worst server, ms (99 % interval)`, base: mean(results.base), variant: mean(results.variant) },
      { id: `${cls}-p99`, label: `${name} p99, worst server, ms (one run)`, base: p99(results.base), variant: p99(results.variant) },
    ];
  });
}
