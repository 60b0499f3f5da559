import type { SimulationResult } from '../../sim/index.ts';
import { formatMs, formatShare } from './formatFigures.ts';
import { poolRows } from './summaryRows.ts';

/** Per pool, class and direction: the analytic estimate beside the simulated value and its 99 % interval. */
export function PoolSummary({ result }: { result: SimulationResult }) {
  const rows = poolRows(result);
  if (rows.length === 0) return <p className="inspector-hint">No switch pools in this design: nothing to estimate.</p>;
  return (
    <table className="sim-table">
      <caption>Switch pools: mean port response (wait + service)</caption>
      <thead>
        <tr><th scope="col">Pool</th><th scope="col">Analytic</th><th scope="col">Simulated (99 % CI)</th></tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">
              {row.switchId} {row.trafficClass} {row.direction}
              <span className="sim-sub">{row.ports} ports · {row.model}</span>
            </th>
            <td>
              {formatMs(row.analyticMs)}
              <span className={`sim-sub${row.exact ? ' is-exact' : ''}`}>{row.exact ? 'exact' : 'approx.'} · P(wait) {formatShare(row.analyticWait)}</span>
            </td>
            <td>
              {formatMs(row.simulatedMs)}
              <span className="sim-sub">[{formatMs(row.ci99[0])}, {formatMs(row.ci99[1])}] · P(wait) {formatShare(row.simulatedWait)}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
