import type { BreakEven } from '../sim/index.ts';
import { formatTable } from './formatTable.ts';

const usd = (n: number) => `$${Math.round(n).toLocaleString('en-US')}`;
const ms = (f: { mean: number; ci99: [number, number] }) => `${f.mean.toFixed(3)} (${Math.max(0, f.ci99[0]).toFixed(3)}–${f.ci99[1].toFixed(3)})`;

/** The table of counts (those simulated), with each side's I/O cost, power and p99 with its 99 % interval. */
export function breakEvenTable(result: BreakEven, width: number, bold: (text: string) => string): string {
  const headers = ['SERVERS', 'COST DEDICATED', 'COST VIRTUALIZED', 'POWER DED.', 'POWER VIRT.', 'STORAGE P99 MS DED. (99 % CI)', 'STORAGE P99 MS VIRT. (99 % CI)'];
  const rows = result.points.filter((p) => p.p99Ms).map((p) => [
    String(p.servers), usd(p.dedicated.ioPriceUsd), usd(p.virtualized.ioPriceUsd), `${Math.round(p.dedicated.ioPowerW)} W`, `${Math.round(p.virtualized.ioPowerW)} W`,
    ms(p.p99Ms!.dedicated.storage), ms(p.p99Ms!.virtualized.storage),
  ]);
  return formatTable(headers.map((header) => ({ header })), rows, width, bold);
}
