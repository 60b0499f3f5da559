import type { SimulationResult } from '../../sim/index.ts';
import { formatCount, formatMs } from './formatFigures.ts';
import { ioTotals, serverRows } from './summaryRows.ts';

/** Per server and class: end-to-end p50, p95 and p99; and the I/Os that failed or were retried. */
export function ServerSummary({ result, labels }: { result: SimulationResult; labels: ReadonlyMap<string, string> }) {
  const rows = serverRows(result, labels);
  const totals = ioTotals(result);
  return (
    <>
      <dl className="summary-list sim-totals">
        <div><dt>I/Os completed</dt><dd>{formatCount(totals.completed)}</dd></div>
        <div><dt>Failed (nowhere to go)</dt><dd className={totals.failed > 0 ? 'is-bad' : undefined}>{formatCount(totals.failed)}</dd></div>
        <div><dt>Retried (moved after a failure)</dt><dd>{formatCount(totals.retried)}</dd></div>
      </dl>
      <table className="sim-table">
        <caption>Servers: end-to-end response</caption>
        <thead>
          <tr><th scope="col">Server</th><th scope="col">p50</th><th scope="col">p95</th><th scope="col">p99</th></tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">
                {row.label}
                <span className="sim-sub">{row.trafficClass}{row.failed > 0 ? ` · ${formatCount(row.failed)} failed` : ''}{row.retried > 0 ? ` · ${formatCount(row.retried)} retried` : ''}</span>
              </th>
              <td>{formatMs(row.p50)}</td>
              <td>{formatMs(row.p95)}</td>
              <td>{formatMs(row.p99)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
