import { formatMs, formatShare } from './formatFigures.ts';
import type { StageRow } from './summaryRows.ts';

/** Port stages (a pool's or a dedicated adapter's): the analytic estimate beside the simulated value, its 99 % interval and p99. */
export function StageTable({ caption, heading, rows }: { caption: string; heading: string; rows: readonly StageRow[] }) {
  return (
    <table className="sim-table">
      <caption>{caption}</caption>
      <thead>
        <tr><th scope="col">{heading}</th><th scope="col">Analytic</th><th scope="col">Simulated (99 % CI)</th></tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">
              {row.title}
              <span className="sim-sub">{row.ports} {row.ports === 1 ? 'port' : 'ports'} · {row.model}</span>
            </th>
            <td>
              {formatMs(row.analyticMs)}
              <span className={`sim-sub${row.exact ? ' is-exact' : ''}`}>{row.exact ? 'exact' : 'approx.'} · P(wait) {formatShare(row.analyticWait)}</span>
            </td>
            <td>
              {formatMs(row.simulatedMs)}
              <span className="sim-sub">[{formatMs(row.ci99[0])}, {formatMs(row.ci99[1])}] · P(wait) {formatShare(row.simulatedWait)}</span>
              <span className="sim-sub">p99 {formatMs(row.p99)} · wait p99 {formatMs(row.waitP99)}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
