import type { Topology } from '../model/index.ts';
import type { ClassResult, SimulationResult } from '../sim/index.ts';
import type { Terminal } from './command.ts';
import { formatTable } from './formatTable.ts';
import { paint } from './terminal.ts';

const percent = (f: number) => `${(f * 100).toFixed(1)} %`;
const ms = (v: number) => (v >= 100 ? v.toFixed(0) : v >= 1 ? v.toFixed(2) : v.toFixed(3));
const count = (n: number) => Math.round(n).toLocaleString('en-US');
const KIND_NAME: Record<string, string> = { 'fc-hba': 'FC HBA', 'eth-nic': 'NIC' };

/** The readable summary of `iov simulate`: adapters, servers, pools, failures. */
export function formatSimulation(topology: Topology, result: SimulationResult, wallSeconds: number, terminal: Terminal): string {
  const bold = (text: string) => paint(text, 'bold', terminal.color);
  const table = (headers: string[], rows: string[][]) => formatTable(headers.map((header) => ({ header })), rows, terminal.width, bold);
  const labels = new Map(topology.nodes.map((n) => [n.id, n.label]));
  const parts = [
    `${bold(topology.name)}: ${result.duration} s simulated (${result.warmup} s warm-up discarded), seed ${result.seed}, ${count(result.events)} events in ${wallSeconds.toFixed(1)} s\n`,
    bold('Adapters'),
    table(['ADAPTER', 'KIND', 'IN', 'UTILIZATION', 'UP', 'DOWN', 'MB/S', 'IOPS'], result.adapters.map((a) => [
      a.id, KIND_NAME[a.kind] ?? a.kind, a.switchId ?? 'server', percent(a.utilization), percent(a.utilizationUp),
      percent(a.utilizationDown), a.throughputMBps.toFixed(1), count(a.iops),
    ])),
    bold('Servers: end-to-end response in ms (p50 / p95 / p99)'),
    table(['SERVER', 'LABEL', 'STORAGE', 'NETWORK'], result.servers.map((s) => [s.id, labels.get(s.id) ?? '', percentiles(s.storage), percentiles(s.network)])),
  ];
  if (result.pools.length > 0) {
    parts.push(bold('Pools: the port stage (wait + service), analytic beside simulated'), table(
      ['SWITCH', 'CLASS', 'DIR', 'PORTS', 'ANALYTIC', 'MEAN MS', 'P(WAIT)', 'SIMULATED MS (99 % CI)', 'P(WAIT)'],
      result.pools.map((p) => [
        p.switchId, p.class, p.direction, String(p.ports),
        p.analytic.qos === 'no closed form' ? 'no closed form' : `${p.analytic.model}${p.analytic.exact ? ' exact' : p.analytic.qos === 'weighted' ? ' approx. (weighted)' : ' approx.'}`,
        p.analytic.qos === 'no closed form' ? '' : ms(p.analytic.meanResponseMs), p.analytic.qos === 'no closed form' ? '' : percent(p.analytic.waitProbability),
        `${ms(p.simulated.meanResponseMs)} [${ms(p.simulated.ci99[0])}, ${ms(p.simulated.ci99[1])}]`, percent(p.simulated.waitProbability),
      ]),
    ));
  }
  if (result.faultWindows.length > 0) {
    const p99 = (figures: { completed: number; responseMs: { p99: number } }) => (figures.completed > 0 ? ms(figures.responseMs.p99) : '-');
    parts.push(bold('Fault windows: end-to-end p99 in ms, and I/Os that failed'), table(
      ['FROM S', 'TO S', 'FAILED ELEMENTS', 'STORAGE P99', 'NETWORK P99', 'FAILED I/OS'],
      result.faultWindows.map((w) => [
        String(w.start), String(w.end), w.failed.length > 0 ? w.failed.join(', ') : 'none',
        p99(w.storage), p99(w.network), count(w.storage.failed + w.network.failed),
      ]),
    ));
  }
  const qos = qosRows(result);
  if (qos.length > 0) {
    parts.push(bold('QoS: what each server’s queue depth, caps and guarantee did'), table(
      ['SERVER', 'CLASS', 'MB/S', 'WAIT AT SERVER MS', 'WAITED', 'CAP BINDING', 'BACKLOG AT END', 'GUARANTEED MB/S'], qos,
    ));
  }
  parts.push(failures(result));
  return parts.join('\n');
}

/** One row per server and class with QoS or a queue depth (docs/cli.md, `servers[].storage.qos`). */
function qosRows(result: SimulationResult): string[][] {
  return result.servers.flatMap((s) => (['storage', 'network'] as const).flatMap((cls) => {
    const c = s[cls];
    if (!c.qos) return [];
    return [[s.id, cls, c.throughputMBps.toFixed(1), ms(c.qos.waitAtServerMs.mean), percent(c.qos.heldFraction), percent(c.qos.tokenWaitFraction), count(c.qos.heldAtEnd), c.qos.guaranteedMBps.toFixed(1)]];
  }));
}

function percentiles(c: ClassResult): string {
  if (c.completed === 0) return c.failed > 0 ? 'all failed' : '-';
  return `${ms(c.responseMs.p50)} / ${ms(c.responseMs.p95)} / ${ms(c.responseMs.p99)}`;
}

function failures(result: SimulationResult): string {
  const lines = result.servers.flatMap((s) => (['storage', 'network'] as const).flatMap((cls) => {
    const c = s[cls];
    return c.failed > 0 || c.retried > 0 ? [`  ${s.id} ${cls}: ${count(c.failed)} failed, ${count(c.retried)} retried`] : [];
  }));
  return lines.length === 0 ? 'Failures: none (no I/O failed or was retried).\n' : `Failures and retries:\n${lines.join('\n')}\n`;
}
