import { billOfMaterials, counterpartOf, indexOf, type BillOfMaterials, type Topology, type TrafficClass } from '../model/index.ts';
import type { SimulationResult } from './result.ts';
import { simulate, type SimulateOptions } from './simulation.ts';

export type DesignSummary = {
  kind: 'dedicated' | 'virtualized';
  name: string;
  bill: BillOfMaterials;
  meanAdapterUtilization: number;
  peakAdapterUtilization: number;
  /** The worst server's end-to-end figures per class, ms. */
  p95Ms: Record<TrafficClass, number>;
  p99Ms: Record<TrafficClass, number>;
  failed: number;
};

export type Comparison = { dedicated: DesignSummary; virtualized: DesignSummary; differences: string[]; topologies: { dedicated: Topology; virtualized: Topology } };

const CLASSES: readonly TrafficClass[] = ['storage', 'network'];

/** A design's counterpart (the model's transform, model/transforms/counterpart.ts). */
export { counterpartOf };

/** Simulates a design and its counterpart with the same workloads and seed, and says how they differ. */
export function compareWithCounterpart(topology: Topology, options: SimulateOptions = {}): { ok: true; comparison: Comparison } | { ok: false; reason: string } {
  const counterpart = counterpartOf(topology);
  if (!counterpart.ok) return counterpart;
  const virtualizedFirst = indexOf(topology).switches.length > 0;
  const [dedicated, virtualized] = virtualizedFirst ? [counterpart.topology, topology] : [topology, counterpart.topology];
  const a = summarize(dedicated, simulate(dedicated, options), 'dedicated');
  const b = summarize(virtualized, simulate(virtualized, options), 'virtualized');
  return { ok: true, comparison: { dedicated: a, virtualized: b, differences: describeDifferences(a, b), topologies: { dedicated, virtualized } } };
}

export function summarize(topology: Topology, result: SimulationResult, kind: DesignSummary['kind']): DesignSummary {
  const utilizations = result.adapters.map((a) => a.utilization);
  const worst = (cls: TrafficClass, key: 'p95' | 'p99') => Math.max(0, ...result.servers.map((s) => s[cls].responseMs[key]));
  return {
    kind, name: topology.name, bill: billOfMaterials(topology),
    meanAdapterUtilization: utilizations.reduce((a, b) => a + b, 0) / Math.max(1, utilizations.length),
    peakAdapterUtilization: Math.max(0, ...utilizations),
    p95Ms: { storage: worst('storage', 'p95'), network: worst('network', 'p95') },
    p99Ms: { storage: worst('storage', 'p99'), network: worst('network', 'p99') },
    failed: result.servers.reduce((sum, s) => sum + s.storage.failed + s.network.failed, 0),
  };
}

const signed = (value: number, digits = 0) => `${value >= 0 ? '+' : '−'}${Math.abs(value).toFixed(digits)}`;
const change = (from: number, to: number) => (from === 0 ? (to === 0 ? '±0' : '+∞') : `${signed(((to - from) / from) * 100)} %`);
const usd = (n: number) => `$${Math.round(n).toLocaleString('en-US')}`;

/** The differences stated plainly, virtualized against dedicated: "−75 % adapters (16 → 4)". */
export function describeDifferences(a: DesignSummary, b: DesignSummary): string[] {
  const lines = [
    `${change(a.bill.adapters, b.bill.adapters)} adapters (${a.bill.adapters} → ${b.bill.adapters})`,
    `${change(a.bill.cables, b.bill.cables)} cables (${a.bill.cables} → ${b.bill.cables})`,
    `${b.bill.switchPortsUsed - a.bill.switchPortsUsed >= 0 ? '+' : '−'}${Math.abs(b.bill.switchPortsUsed - a.bill.switchPortsUsed)} IOV switch ports (${a.bill.switchPortsUsed} → ${b.bill.switchPortsUsed})`,
    `I/O cost ${change(a.bill.ioPriceUsd, b.bill.ioPriceUsd)} (${usd(a.bill.ioPriceUsd)} → ${usd(b.bill.ioPriceUsd)}, estimates)`,
    `I/O power ${change(a.bill.ioPowerW, b.bill.ioPowerW)} (${Math.round(a.bill.ioPowerW)} W → ${Math.round(b.bill.ioPowerW)} W)`,
    `mean adapter utilization ${(a.meanAdapterUtilization * 100).toFixed(1)} % → ${(b.meanAdapterUtilization * 100).toFixed(1)} %, peak ${(a.peakAdapterUtilization * 100).toFixed(1)} % → ${(b.peakAdapterUtilization * 100).toFixed(1)} %`,
    ...CLASSES.map((cls) => `${cls} p99 ${signed(b.p99Ms[cls] - a.p99Ms[cls], 3)} ms (${a.p99Ms[cls].toFixed(3)} → ${b.p99Ms[cls].toFixed(3)} ms)`),
  ];
  if (a.failed + b.failed > 0) lines.push(`failed I/Os ${a.failed} → ${b.failed}`);
  return lines;
}
