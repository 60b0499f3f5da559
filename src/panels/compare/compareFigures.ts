import { billOfMaterials, itemName, PRICED_ITEMS, TRAFFIC_CLASSES, type Prices, type Topology } from '../../model/index.ts';
import { describeDifferences, summarize, type DesignSummary } from '../../sim/index.ts';
import type { ComparedSide, ComparisonRun } from '../../store/comparisonSlice.ts';
import { compareRow, type CompareRow, type Figure } from './compareRow.ts';
import { qosFigures } from './qosFigures.ts';

export type { CompareRow } from './compareRow.ts';

/** The summaries are the counterpart comparison's (the QoS comparison reads the servers instead). */
export type CompareFigures = { rows: CompareRow[]; differences: string[]; headline: string; summaries?: Record<ComparedSide, DesignSummary> };

const withPrices = (topology: Topology, prices: Prices): Topology => ({ ...topology, settings: { ...topology.settings, prices } });
const percent = (p: number) => `${(p * 100).toFixed(1)} %`;
const ms = (v: number) => `${v.toFixed(3)} ms`;
const usd = (n: number) => `$${Math.round(n).toLocaleString('en-US')}`;
const signed = (n: number, digits = 0) => `${n > 0 ? '+' : n < 0 ? '−' : '±'}${Math.abs(n).toFixed(digits)}`;
const relative = (from: number, to: number) => (from === 0 ? (to === 0 ? '±0 %' : 'new') : `${signed(((to - from) / from) * 100)} %`);

/**
 * The compare view's figures from a finished comparison, with the prices the design has now (prices
 * change no simulated figure, so editing them needs no new run).
 */
export function compareFigures(run: ComparisonRun, prices: Prices): CompareFigures | null {
  const { topologies, results } = run;
  if (!topologies || !results.base || !results.variant) return null;
  if (run.kind === 'qos') return qosFigures(topologies, { base: results.base, variant: results.variant });
  const summaries = {
    base: summarize(withPrices(topologies.base, prices), results.base, 'dedicated'),
    variant: summarize(withPrices(topologies.variant, prices), results.variant, 'virtualized'),
  };
  const rows = tableRows(summaries);
  return { summaries, rows, differences: describeDifferences(summaries.base, summaries.variant), headline: headline(summaries) };
}


const FIGURES: readonly Figure[] = [
  { id: 'adapters', label: 'Adapters', of: (s) => s.bill.adapters, show: String, change: relative, lowerIsBetter: true },
  { id: 'cables', label: 'Cables', of: (s) => s.bill.cables, show: String, change: relative, lowerIsBetter: true },
  { id: 'ports', label: 'IOV switch ports used', of: (s) => s.bill.switchPortsUsed, show: String, change: (a, b) => signed(b - a) },
  { id: 'cost', label: 'I/O cost (estimate)', of: (s) => s.bill.ioPriceUsd, show: usd, change: relative, lowerIsBetter: true },
  { id: 'power', label: 'I/O power (estimate)', of: (s) => s.bill.ioPowerW, show: (v) => `${Math.round(v)} W`, change: relative, lowerIsBetter: true },
  { id: 'mean-utilization', label: 'Mean adapter utilization', of: (s) => s.meanAdapterUtilization, show: percent, change: (a, b) => `${signed((b - a) * 100, 1)} points` },
  { id: 'peak-utilization', label: 'Peak adapter utilization', of: (s) => s.peakAdapterUtilization, show: percent, change: (a, b) => `${signed((b - a) * 100, 1)} points` },
  ...TRAFFIC_CLASSES.flatMap((cls): Figure[] => (['p95', 'p99'] as const).map((p) => ({
    id: `${cls}-${p}`, label: `${cls === 'storage' ? 'Storage' : 'Network'} ${p} response`,
    of: (s: DesignSummary) => (p === 'p95' ? s.p95Ms : s.p99Ms)[cls], show: ms, change: (a: number, b: number) => `${signed(b - a, 3)} ms`, lowerIsBetter: true,
  }))),
  { id: 'failed', label: 'Failed I/Os', of: (s) => s.failed, show: (v) => v.toLocaleString('en-US'), change: (a, b) => signed(b - a), lowerIsBetter: true },
];

function tableRows(summaries: Record<ComparedSide, DesignSummary>): CompareRow[] {
  return FIGURES.map((figure) => compareRow(figure, figure.of(summaries.base), figure.of(summaries.variant)));
}


/** The figures an architect quotes, cost and power always: "−75 % adapters, −25 % cables, I/O cost +11 %, I/O power +187 %, storage p99 +0.180 ms". */
function headline({ base: a, variant: b }: Record<ComparedSide, DesignSummary>): string {
  const worse = TRAFFIC_CLASSES.map((cls) => ({ cls, delta: b.p99Ms[cls] - a.p99Ms[cls] })).toSorted((x, y) => Math.abs(y.delta) - Math.abs(x.delta))[0]!;
  return `${relative(a.bill.adapters, b.bill.adapters)} adapters, ${relative(a.bill.cables, b.bill.cables)} cables, I/O cost ${relative(a.bill.ioPriceUsd, b.bill.ioPriceUsd)}, I/O power ${relative(a.bill.ioPowerW, b.bill.ioPowerW)}, ${worse.cls} p99 ${signed(worse.delta, 3)} ms`;
}

/** The prices a comparison assumed, in words: the catalog's estimates, and any of the design's own. */
export function pricesAssumed(prices: Prices): string {
  const own = PRICED_ITEMS.flatMap((item) => {
    const entry = prices[item];
    if (!entry) return [];
    const parts = [entry.priceUsd === undefined ? null : usd(entry.priceUsd), entry.powerW === undefined ? null : `${entry.powerW} W`].filter(Boolean);
    return [`${itemName(item)} ${parts.join(', ')}`];
  });
  return own.length === 0 ? 'the catalog’s estimates' : `the catalog’s estimates, except the design’s own: ${own.join('; ')}`;
}

/** The bill's I/O cost of a design with the current prices: what the compare table's cost row says. */
export const ioCostOf = (topology: Topology, prices: Prices) => billOfMaterials(withPrices(topology, prices)).ioPriceUsd;
