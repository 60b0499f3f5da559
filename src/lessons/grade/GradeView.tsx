import { useId, useState, type ChangeEvent } from 'react';
import { goalColumns, usualFingerprint, type GradeRow, type GradedRow } from '../../curriculum/gradeSheet.ts';
import { downloadCsv } from '../../panels/simulation/downloadCsv.ts';
import { useAppStore, useAppStoreApi } from '../../store/hooks.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { gradeSheetCsv, isoMinute } from './gradeCsv.ts';
import { GradeTable } from './GradeTable.tsx';
import './grade.css';

/** A text file of links is small: a bigger one is not a list of hand-ins. */
const MAX_FILE_BYTES = 2_000_000;

/**
 * The instructor's grade sheet: hand-in links pasted (or a text file of them), every verdict
 * computed again here from each link's design, in workers; a table and a CSV. An honour system:
 * the sheet flags the same design under different names, it proves nothing.
 */
export default function GradeView({ onClose }: { onClose(): void }) {
  const store = useAppStoreApi();
  const grading = useAppStore((s) => s.grading);
  const [text, setText] = useState('');
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const fieldId = useId();
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '').length;
  const openFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) return setFileProblem(`“${file.name.slice(0, 60)}” is ${Math.round(file.size / 1e6)} MB: a list of hand-in links is a few kilobytes. Choose the text file of links.`);
    setFileProblem(null);
    setText(await file.text());
  };
  const busy = grading.status === 'grading';
  return (
    <Dialog title="Grade hand-ins" onClose={onClose} wide className="grade-dialog">
      <p className="share-hint">
        Paste the answer links your students handed in, one per line, or open a text file of them. Each verdict is
        computed again here, in this browser, from the design in the link; nothing is sent anywhere. This is an honour
        system, not proctoring: a link shows what was handed in, not how it was made, and the sheet only flags the same
        design handed in under different names.
      </p>
      <label className="grade-field" htmlFor={fieldId}>Hand-in links, one per line</label>
      <textarea id={fieldId} className="grade-links link-text" rows={5} value={text} spellCheck={false} onChange={(e) => setText(e.target.value)} data-autofocus />
      <div className="lesson-actions">
        <label className="button grade-file">Open a text file…<input type="file" accept=".txt,.csv,text/plain" onChange={(e) => void openFile(e)} /></label>
        {busy
          ? <button type="button" className="button" onClick={() => store.getState().cancelGrading()}>Stop grading</button>
          : <button type="button" className="button button-primary" disabled={lines === 0} onClick={() => store.getState().gradeHandIns(text)}>Grade {lines} link{lines === 1 ? '' : 's'}</button>}
      </div>
      {fileProblem && <p className="lesson-hint" role="alert">{fileProblem}</p>}
      <p className="grade-status" role="status">{statusText(grading.status, grading.progress, grading.skipped)}</p>
      {grading.rows.length > 0 && grading.status !== 'grading' && <Sheet rows={grading.rows} startedAt={grading.startedAt} />}
    </Dialog>
  );
}

function statusText(status: string, progress: { done: number; total: number }, skipped: number): string {
  const past = skipped > 0 ? ` Only the first 200 lines were read; ${skipped} more were not.` : '';
  if (status === 'grading') return `Grading: ${progress.done} of ${progress.total} simulations run…`;
  if (status === 'cancelled') return 'Grading stopped: press Grade to start again.';
  if (status === 'done') return `Graded.${past}`;
  return '';
}

function Sheet({ rows, startedAt }: { rows: GradeRow[]; startedAt: number }) {
  const graded = rows.filter((r): r is GradedRow => r.kind === 'graded');
  const usual = usualFingerprint(rows);
  const copies = graded.filter((r) => r.sameDesignAs.length > 0).length;
  const download = () => downloadCsv(`hand-ins-${isoMinute(Math.floor(startedAt / 1000)).slice(0, 10)}.csv`, gradeSheetCsv(rows));
  return (
    <>
      <p className="grade-summary">
        {graded.length} hand-in{graded.length === 1 ? '' : 's'} graded
        {rows.length > graded.length && `, ${rows.length - graded.length} line${rows.length - graded.length === 1 ? '' : 's'} not read`}
        {copies > 0 && <>; <strong>{copies} share a design with another name</strong></>}.
        {usual && <> Goals fingerprint <strong className="fingerprint">{usual}</strong>: compare it with the one the composer showed you.</>}
      </p>
      <GradeTable rows={rows} goals={goalColumns(rows)} usualFingerprint={usual} />
      <div className="lesson-actions">
        <button type="button" className="button button-primary" onClick={download}>Download CSV</button>
      </div>
    </>
  );
}
