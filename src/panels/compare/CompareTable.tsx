import type { CompareRow } from './compareFigures.ts';

/** The figures side by side; the change column reads virtualized against dedicated. */
export function CompareTable({ rows }: { rows: readonly CompareRow[] }) {
  return (
    <div className="table-scroll">
      <table className="compare-table">
        <caption className="visually-hidden">Dedicated and virtualized, figure by figure</caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">Dedicated</th>
            <th scope="col">Virtualized</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-row={row.id}>
              <th scope="row">{row.label}</th>
              <td className={row.better === 'dedicated' ? 'is-better' : undefined}>{row.dedicated}</td>
              <td className={row.better === 'virtualized' ? 'is-better' : undefined}>{row.virtualized}</td>
              <td className="compare-change">{row.change}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
