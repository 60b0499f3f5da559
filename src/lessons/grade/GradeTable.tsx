import type { GradeRow, GradedRow } from '../../curriculum/gradeSheet.ts';
import { verdictText } from '../../curriculum/gradeSheet.ts';

const when = (seconds: number | undefined) => (seconds === undefined ? '—' : new Date(seconds * 1000).toLocaleString(undefined, { dateStyle: 'short', timeStyle: 'short' }));
const usd = (n: number) => `$${Math.round(n).toLocaleString('en-US')}`;

/** The sheet: one row per line pasted, a column per goal; scrolls sideways on a narrow screen. */
export function GradeTable({ rows, goals, usualFingerprint }: { rows: GradeRow[]; goals: string[]; usualFingerprint?: string }) {
  return (
    <div className="grade-table-scroll" role="region" aria-label="Grade sheet" tabIndex={0}>
      <table className="grade-table">
        <thead>
          <tr>
            <th scope="col">Name</th><th scope="col">Handed in</th><th scope="col">Verdict</th>
            {goals.map((g) => <th key={g} scope="col">{g}</th>)}
            <th scope="col">I/O cost</th><th scope="col">Storage p99</th><th scope="col">Same design as</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (row.kind === 'refused'
            ? <tr key={row.line} className="is-refused"><th scope="row">Line {row.line}</th><td colSpan={goals.length + 5}>{row.problem}</td></tr>
            : <GradedLine key={row.line} row={row} goals={goals} otherGoals={usualFingerprint !== undefined && row.fingerprint !== usualFingerprint} />))}
        </tbody>
      </table>
    </div>
  );
}

function GradedLine({ row, goals, otherGoals }: { row: GradedRow; goals: string[]; otherGoals: boolean }) {
  return (
    <tr className={row.sameDesignAs.length > 0 ? 'is-copy' : undefined}>
      <th scope="row">{row.name}{otherGoals && <span className="grade-note">other goals ({row.fingerprint})</span>}</th>
      <td>{when(row.handedIn)}</td>
      <td className={row.met === row.verdicts.length ? 'is-met' : 'is-unmet'}>{verdictText(row)}</td>
      {goals.map((label) => {
        const verdict = row.verdicts.find((v) => v.label === label);
        if (!verdict) return <td key={label}>—</td>;
        return (
          <td key={label} className={verdict.met ? 'is-met' : 'is-unmet'}>
            <span aria-hidden="true">{verdict.met ? '✓ ' : '✗ '}</span>{verdict.met ? 'Met' : 'Not met'}
            <span className="grade-note">{verdict.detail}</span>
          </td>
        );
      })}
      <td>{usd(row.ioPriceUsd)}</td>
      <td>{row.storageP99Ms.toFixed(2)} ms</td>
      <td>{row.sameDesignAs.length > 0 ? <strong>⚠ {row.sameDesignAs.join(', ')}</strong> : '—'}</td>
    </tr>
  );
}
