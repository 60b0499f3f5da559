import type { SimulationResult } from '../../sim/index.ts';
import { formatCount, formatMs, formatShare, formatSpan } from './formatFigures.ts';
import { Phrase } from './Phrase.tsx';
import { faultWindowRows, portRows } from './runDetailRows.ts';

/** Each port of the adapters with several: utilization per direction and the mean number at the port. */
export function PortSummary({ result, labels }: { result: SimulationResult; labels: ReadonlyMap<string, string> }) {
  const rows = portRows(result, labels);
  if (rows.length === 0) return null;
  return (
    <table className="sim-table">
      <caption>Ports of multi-port adapters: utilization per direction and mean I/Os at the port</caption>
      <thead>
        <tr><th scope="col">Port</th><th scope="col">Up</th><th scope="col">Down</th><th scope="col">Mean I/Os</th></tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.portId}<span className="sim-sub">{row.adapterLabel}</span></th>
            <td><Phrase>{formatShare(row.up)}</Phrase></td>
            <td><Phrase>{formatShare(row.down)}</Phrase></td>
            <td>{row.meanQueueLength.toFixed(2)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A window's p99, or a dash when no I/O of the class completed in it. */
const p99 = (value: number | null) => <Phrase>{value === null ? '–' : formatMs(value)}</Phrase>;

/** One row per stretch of the run with one set of failed elements: p99 per class and the I/Os that failed. */
export function FaultWindowSummary({ result, labels }: { result: SimulationResult; labels: ReadonlyMap<string, string> }) {
  const rows = faultWindowRows(result, labels);
  if (rows.length === 0) return null;
  return (
    <table className="sim-table">
      <caption>Fault windows: end-to-end p99 before, during and after each fault</caption>
      <thead>
        <tr><th scope="col">Window</th><th scope="col">Storage</th><th scope="col">Network</th><th scope="col">Failed</th></tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">
              <Phrase>{formatSpan(row.start, row.end)}</Phrase>
              <span className="sim-sub">{row.failed.length === 0 ? 'nothing failed' : `${row.failed.join(', ')} failed`}</span>
            </th>
            <td>{p99(row.storageP99)}</td>
            <td>{p99(row.networkP99)}</td>
            <td className={row.failedIos > 0 ? 'is-bad' : undefined}>
              {formatCount(row.failedIos)}
              {row.retriedIos > 0 && <span className="sim-sub">{formatCount(row.retriedIos)} retried</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
