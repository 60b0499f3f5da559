import { indexOf, serversWithQos, TRAFFIC_CLASSES, type Topology, type TrafficClass } from '../../model/index.ts';
import type { SimulationResult } from '../../sim/index.ts';
import type { ComparedSide } from '../../store/comparisonSlice.ts';
import { compareRow, type CompareRow, type Figure } from './compareRow.ts';

export type QosFigures = { rows: CompareRow[]; differences: string[]; headline: string };

type ServerResult = SimulationResult['servers'][number];
/** A figure of the QoS comparison with its value on each side. */
type Measured = { figure: Omit<Figure, 'of'>; base: number; variant: number };

const ms = (v: number) => `${v.toFixed(3)} ms`;
const mbps = (v: number) => `${v.toLocaleString('en-US', { maximumFractionDigits: 1 })} MB/s`;
const signed = (n: number, digits = 0) => `${n > 0 ? '+' : n < 0 ? '−' : '±'}${Math.abs(n).toFixed(digits)}`;
const relative = (from: number, to: number) => (from === 0 ? (to === 0 ? '±0 %' : 'new') : `${signed(((to - from) / from) * 100)} %`);
const msChange = (a: number, b: number) => `${signed(b - a, 3)} ms`;

/** The worst p99 of a class among the servers given, ms (0 with none). */
export function worstP99Of(result: SimulationResult, serverIds: ReadonlySet<string>, trafficClass: TrafficClass): number {
  return Math.max(0, ...result.servers.filter((s) => serverIds.has(s.id)).map((s) => s[trafficClass].responseMs.p99));
}

/** A server's storage cap in words, when it has one: " (cap 200 MB/s)". */
function capOf(topology: Topology, serverId: string): string {
  const server = indexOf(topology).node(serverId);
  const cap = server?.kind === 'server' ? server.qos?.storage?.maxMBps : undefined;
  return cap === undefined ? '' : ` (cap ${mbps(cap)})`;
}

/**
 * The compare view's figures for "with and without QoS": what the QoS buys the servers without any
 * (their worst p99, and each one's storage p99) and what it costs the servers it holds back (their
 * throughput and p99). Adapters, cables and prices are the same on both sides, so they are left out.
 */
export function qosFigures(topologies: Record<ComparedSide, Topology>, results: Record<ComparedSide, SimulationResult>): QosFigures {
  const held = new Set(serversWithQos(topologies.variant));
  const servers = indexOf(topologies.variant).servers;
  const others = new Set(servers.filter((s) => !held.has(s.id)).map((s) => s.id));
  const [base, variant] = [results.base, results.variant].map((r) => new Map(r.servers.map((s) => [s.id, s])));
  const ofServer = (id: string, figure: Measured['figure'], of: (s: ServerResult) => number): Measured => ({ figure, base: of(base!.get(id)!), variant: of(variant!.get(id)!) });
  const heldFigures = servers.filter((s) => held.has(s.id)).flatMap((s) => [
    ofServer(s.id, { id: `${s.id}-throughput`, label: `${s.label}: storage throughput${capOf(topologies.variant, s.id)}`, show: mbps, change: relative }, (r) => r.storage.throughputMBps),
    ofServer(s.id, { id: `${s.id}-p99`, label: `${s.label}: storage p99`, show: ms, change: msChange, lowerIsBetter: true }, (r) => r.storage.responseMs.p99),
  ]);
  const othersWorst = TRAFFIC_CLASSES.map((cls): Measured => ({
    figure: { id: `others-${cls}-p99`, label: `The others’ worst ${cls} p99`, show: ms, change: msChange, lowerIsBetter: true },
    base: worstP99Of(results.base, others, cls), variant: worstP99Of(results.variant, others, cls),
  }));
  const eachOther = servers.filter((s) => others.has(s.id)).map((s) =>
    ofServer(s.id, { id: `${s.id}-p99`, label: `${s.label}: storage p99`, show: ms, change: msChange, lowerIsBetter: true }, (r) => r.storage.responseMs.p99));
  const measured = [...heldFigures, ...othersWorst, ...eachOther];
  const rows = measured.map((m) => compareRow(m.figure, m.base, m.variant));
  const lower = eachOther.filter((m) => m.variant < m.base).length;
  const line = (m: Measured) => `${m.figure.label} ${m.figure.change(m.base, m.variant)} (${m.figure.show(m.base)} → ${m.figure.show(m.variant)})`;
  return {
    rows,
    differences: [...heldFigures, ...othersWorst].map(line).concat(`storage p99 lower with QoS for ${lower} of the ${eachOther.length} servers without QoS of their own`),
    headline: headline(othersWorst[0]!, heldFigures.filter((m) => m.figure.id.endsWith('-throughput'))),
  };
}

/** A fall as people say it: "231× lower" once it is more than halved (where "−100 %" would hide it), else "−38 %". */
export function fall(from: number, to: number): string {
  if (to > 0 && to < from / 2) {
    const times = from / to;
    return `${times.toFixed(times >= 10 ? 0 : 1)}× lower`;
  }
  return relative(from, to);
}

/** "The others’ worst storage p99 231× lower (30.496 → 0.132 ms); Backup: storage throughput (cap 200 MB/s) 1,714.1 MB/s → 200.1 MB/s". */
function headline(othersStorage: Measured, throughputs: readonly Measured[]): string {
  const first = `The others’ worst storage p99 ${fall(othersStorage.base, othersStorage.variant)} (${ms(othersStorage.base)} → ${ms(othersStorage.variant)})`;
  return [first, ...throughputs.map((m) => `${m.figure.label} ${mbps(m.base)} → ${mbps(m.variant)}`)].join('; ');
}
