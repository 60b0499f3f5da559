import { formatMs, formatShare } from './formatFigures.ts';
import { Phrase } from './Phrase.tsx';
import type { StageRow } from './summaryRows.ts';


/**
 * Port stages (a pool's or a dedicated adapter's), one group of rows each: what it is and its model,
 * then the analytic estimate, then the simulated mean with its 99 % interval, P(wait) and p99s.
 * Two columns, so that it reads in a side panel a third of a projector wide.
 */
export function StageTable({ caption, rows }: { caption: string; rows: readonly StageRow[] }) {
  return (
    <table className="sim-table sim-stages">
      <caption>{caption}</caption>
      {rows.map((row) => (
        <tbody key={row.key}>
          <tr>
            <th scope="rowgroup" colSpan={2}>
              {row.title}
              <span className="sim-sub">{row.owner ? `${row.owner} · ` : ''}<Phrase>{row.ports} {row.ports === 1 ? 'port' : 'ports'}</Phrase> · <Phrase>{row.model}</Phrase></span>
            </th>
          </tr>
          <tr>
            <th scope="row">Analytic</th>
            <td>
              {row.accuracy === 'no closed form'
                ? <span className="sim-sub"><Phrase>no closed form</Phrase></span>
                : (
                  <>
                    <Phrase>{formatMs(row.analyticMs)}</Phrase>{' '}
                    <span className={`sim-sub${row.exact ? ' is-exact' : ''}`}>
                      <Phrase>{row.accuracy}</Phrase> · <Phrase>P(wait) {formatShare(row.analyticWait)}</Phrase>
                    </span>
                  </>
                )}
            </td>
          </tr>
          <tr>
            <th scope="row">Simulated</th>
            <td>
              <Phrase>{formatMs(row.simulatedMs)}</Phrase>
              <span className="sim-sub">
                <Phrase>99 % CI [{formatMs(row.ci99[0])},</Phrase> <Phrase>{formatMs(row.ci99[1])}]</Phrase> · <Phrase>P(wait) {formatShare(row.simulatedWait)}</Phrase>
              </span>
              <span className="sim-sub">
                <Phrase>p99 {formatMs(row.p99)}</Phrase> · <Phrase>wait p99 {formatMs(row.waitP99)}</Phrase>
              </span>
            </td>
          </tr>
        </tbody>
      ))}
    </table>
  );
}
