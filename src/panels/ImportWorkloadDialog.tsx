import { useId, useMemo, useRef, useState, type DragEvent } from 'react';
import { importMeasurement, MAX_MEASUREMENT_CHARS, type ImportResult, type ServerNode, type Workload } from '../model/index.ts';
import { useAppStoreApi } from '../store/hooks.ts';
import { Dialog } from '../ui/Dialog.tsx';
import './share/share.css';
import './workloadImport.css';

type Figures = Pick<Workload, 'storageIops' | 'blockKiB' | 'readShare'>;

const ROWS: readonly { key: keyof Figures; label: string; show(value: number): string }[] = [
  { key: 'storageIops', label: 'Storage demand', show: (v) => `${v.toLocaleString('en-US')} IOPS` },
  { key: 'blockKiB', label: 'Block size', show: (v) => `${v.toLocaleString('en-US')} KiB` },
  { key: 'readShare', label: 'Reads', show: (v) => `${Math.round(v * 1000) / 10} %` },
];

/**
 * Sets the selected servers' storage workload from a measurement pasted, dropped or chosen: iostat -x
 * text or fio JSON (told apart by content). What was read shows as it is typed; Apply is one undo step.
 */
export function ImportWorkloadDialog({ servers, onClose }: { servers: readonly ServerNode[]; onClose(): void }) {
  const store = useAppStoreApi();
  const [text, setText] = useState('');
  const [device, setDevice] = useState('');
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [dropping, setDropping] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const ids = { text: useId(), device: useId() };
  const result = useMemo<ImportResult | undefined>(() => (text.trim() === '' ? undefined : importMeasurement(text, device.trim() === '' ? {} : { device: device.trim() })), [text, device]);
  const readFile = async (file: File | undefined) => {
    if (!file) return;
    setRefusal(null);
    if (file.size > MAX_MEASUREMENT_CHARS) {
      setFileProblem(`${file.name} is ${file.size.toLocaleString('en-US')} bytes; a measurement is read up to ${MAX_MEASUREMENT_CHARS.toLocaleString('en-US')}. Give the output of one server.`);
      return;
    }
    setFileProblem(null);
    setText(await file.text());
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDropping(false);
    void readFile(event.dataTransfer.files[0]);
  };
  const apply = () => {
    if (!result?.ok) return;
    const done = store.getState().setWorkload(servers.map((s) => s.id), result.workload);
    if (done.ok) onClose();
    else setRefusal(done.reason);
  };
  const who = servers.length === 1 ? servers[0]!.label : `${servers.length} servers`;
  return (
    <Dialog title={`Import measured workload: ${who}`} onClose={onClose} wide>
      <p className="share-intro workload-import-intro">
        Paste the output of <code>iostat -x</code> or <code>fio --output-format=json</code>, or drop or choose its file. The storage IOPS,
        block size and read share are set from it; the network and arrival fields stay.
      </p>
      <label htmlFor={ids.text} className="workload-import-label">Measurement</label>
      <textarea
        id={ids.text} className="workload-import-text" value={text} spellCheck={false} data-drop={dropping || undefined} data-autofocus
        placeholder={'Device            r/s     rkB/s ...\nsda             12.00    96.00 ...'}
        onChange={(event) => { setText(event.target.value); setFileProblem(null); setRefusal(null); }}
        onDragOver={(event) => { event.preventDefault(); setDropping(true); }} onDragLeave={() => setDropping(false)} onDrop={onDrop}
      />
      <div className="workload-import-row">
        <button type="button" className="button" onClick={() => fileInput.current?.click()}>Choose file…</button>
        <input ref={fileInput} type="file" accept=".txt,.json,.log,.out,text/plain,application/json" hidden onChange={(event) => void readFile(event.target.files?.[0])} />
        <div className="field">
          <label htmlFor={ids.device}>iostat device <span className="field-unit">(optional: all but dm-* are added)</span></label>
          <input id={ids.device} type="text" autoComplete="off" spellCheck={false} value={device} placeholder="e.g. nvme0n1" onChange={(event) => setDevice(event.target.value)} />
        </div>
      </div>
      <div className="workload-import-result" aria-live="polite">
        {fileProblem && <p className="workload-import-problems" role="alert">{fileProblem}</p>}
        {result && <ResultView result={result} was={servers.length === 1 ? servers[0]!.workload : undefined} />}
        {refusal && <p className="workload-import-problems" role="alert">{refusal}</p>}
      </div>
      <div className="dialog-footer">
        <button type="button" className="button" onClick={onClose}>Cancel</button>
        <button type="button" className="button button-primary" disabled={!result?.ok} onClick={apply}>Apply</button>
      </div>
    </Dialog>
  );
}

function ResultView({ result, was }: { result: ImportResult; was: Figures | undefined }) {
  if (!result.ok) {
    return (
      <div role="alert">
        <ul className="workload-import-problems" aria-label="What is wrong">
          {result.problems.map((p, i) => <li key={i}>{p.path === 'input' ? 'The text' : p.path}: {p.message}</li>)}
        </ul>
      </div>
    );
  }
  return (
    <>
      <dl className="workload-import-figures" aria-label={`Read from ${result.kind}`}>
        {ROWS.map((row) => (
          <div key={row.key} style={{ display: 'contents' }}>
            <dt>{row.label}</dt>
            <dd data-field={row.key}>{row.show(result.workload[row.key])}</dd>
            <dd className="was">{was ? `was ${row.show(was[row.key])}` : ''}</dd>
          </div>
        ))}
      </dl>
      <ul className="workload-import-notes">{result.notes.map((note, i) => <li key={i}>{note}</li>)}</ul>
      {result.warnings.map((warning, i) => <p key={i} className="workload-import-warning">Warning: {warning}</p>)}
    </>
  );
}
