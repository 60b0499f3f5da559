import { TRAFFIC_CLASSES, type Topology, type TrafficClass } from '../../model/index.ts';
import type { SizingCandidate } from '../../sim/index.ts';
import type { SizedPool } from '../../worker/batchProtocol.ts';

const NOUN: Readonly<Record<TrafficClass, [string, string]>> = { storage: ['HBA', 'HBAs'], network: ['NIC', 'NICs'] };
export const adapters = (cls: TrafficClass, n: number) => `${n} ${NOUN[cls][n === 1 ? 0 : 1]}`;
const ms = (v: number) => (Number.isFinite(v) ? `${Number(v.toFixed(3))} ms` : 'no figure');
const pct = (v: number) => `${Math.round(v * 100)} %`;

/** The recommendation for one pool, in words: the size, the figures it reaches, and the way there. */
export function recommendation(pool: SizedPool, switchLabel: string): string {
  const cls = pool.trafficClass;
  const { target } = pool;
  if (pool.chosen === null) return whyNone(pool, switchLabel);
  const chosen = pool.curve.find((c) => c.adapters === pool.chosen)!;
  const now = pool.currentAdapters === pool.chosen ? 'as the design has' : `the design has ${pool.currentAdapters}`;
  const guess = pool.analyticGuess === null ? 'the analytic estimate found none within the slots' : `the analytic first guess was ${pool.analyticGuess}`;
  const bound = target.p99Ms === undefined ? '' : `, upper 99 % bound ${ms(chosen.p99Upper99Ms)} against ${ms(target.p99Ms)} (margin ${ms(target.p99Ms - chosen.p99Upper99Ms)})`;
  return `${switchLabel}: ${adapters(cls, pool.chosen)} (${now}) meet the target${target.nPlusOne ? ' with one failed' : ''}: p99 ${ms(chosen.p99Ms)}${bound}, ${pct(chosen.utilization)} busy, over ${chosen.p99ByReplication.length} replications. ${capitalize(guess)}; the simulation decided.`;
}

/** Why no pool size meets the target: the best the slots allow, and which part of the target it misses. */
export function whyNone(pool: SizedPool, switchLabel: string): string {
  const cls = pool.trafficClass;
  const best = pool.curve.reduce<SizingCandidate | undefined>((b, c) => (!b || c.p99Ms < b.p99Ms ? c : b), undefined);
  const start = `${switchLabel}: no pool of up to ${adapters(cls, pool.maxAdapters)} (the switch’s free slots) meets the target.`;
  if (!best) return start;
  const misses = [
    best.failed > 0 && `${best.failed.toLocaleString('en-US')} I/Os fail`,
    best.utilization > pool.target.maxUtilization && `the pool is ${pct(best.utilization)} busy, over ${pct(pool.target.maxUtilization)}`,
    pool.target.p99Ms !== undefined && best.p99Upper99Ms > pool.target.p99Ms && `the p99’s upper 99 % bound is ${ms(best.p99Upper99Ms)}, over ${ms(pool.target.p99Ms)}`,
  ].filter(Boolean);
  const hint = pool.target.p99Ms !== undefined && best.p99Upper99Ms > pool.target.p99Ms && best.utilization < 0.3
    ? ' More adapters barely help once the pool is this idle: the largest I/Os’ own transfer time dominates. Faster adapters or a looser target would.'
    : '';
  return `${start} With ${adapters(cls, best.adapters)}, ${misses.join(' and ')}.${hint}`;
}

/** The label of the one button that applies every recommended size: "Apply 3 HBAs / 2 NICs". */
export function applyLabel(pools: Partial<Record<TrafficClass, SizedPool[]>>): string | null {
  const chosen = TRAFFIC_CLASSES.flatMap((cls) => (pools[cls] ?? []).filter((p) => p.chosen !== null));
  if (chosen.length === 0) return null;
  const switches = new Set(chosen.map((p) => p.switchId));
  if (switches.size > 1) return `Apply the sizes to ${switches.size} switches`;
  return `Apply ${chosen.map((p) => adapters(p.trafficClass, p.chosen!)).join(' / ')}`;
}

/** Whether applying would change the design at all. */
export function changesDesign(pools: Partial<Record<TrafficClass, SizedPool[]>>): boolean {
  return TRAFFIC_CLASSES.some((cls) => (pools[cls] ?? []).some((p) => p.chosen !== null && p.chosen !== p.currentAdapters));
}

/** The switches that have a pool to size. */
export function pooledSwitches(topology: Topology): string[] {
  const parents = new Set(topology.nodes.flatMap((n) => ((n.kind === 'fc-hba' || n.kind === 'eth-nic') && n.parentId ? [n.parentId] : [])));
  return topology.nodes.filter((n) => n.kind === 'iov-switch' && parents.has(n.id)).map((n) => n.id);
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
