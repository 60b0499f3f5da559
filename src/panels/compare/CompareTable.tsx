import type { CompareRow } from './compareFigures.ts';
import type { ComparisonWords } from './comparisonWords.ts';

/** The figures side by side; the change column reads the variant against the base (virtualized against dedicated). */
export function CompareTable({ rows, words }: { rows: readonly CompareRow[]; words: ComparisonWords }) {
  return (
    <div className="table-scroll">
      <table className="compare-table">
        <caption className="visually-hidden">{words.title}, figure by figure</caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">{words.sides.base}</th>
            <th scope="col">{words.sides.variant}</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-row={row.id}>
              <th scope="row">{row.label}</th>
              <td className={row.better === 'base' ? 'is-better' : undefined}>{row.base}</td>
              <td className={row.better === 'variant' ? 'is-better' : undefined}>{row.variant}</td>
              <td className="compare-change">{row.change}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
