import { lazy, Suspense, useId, useMemo, useState } from 'react';
import { summarizeSweep, type SweepParameter } from '../../sim/index.ts';
import { useAppStore, useAppStoreApi } from '../../store/hooks.ts';
import { PAGE_REPLICATIONS } from '../../store/studySlice.ts';
import { PAGE_PARAMETERS, sweepAxisOf } from './sweepForm.ts';
import './sweep.css';

// recharts is large: its code loads when a sweep first has a chart to show.
const SweepChart = lazy(() => import('./SweepChart.tsx'));

const ms = (f: { mean: number; ci99: [number, number] }) => `${f.mean.toFixed(3)} (${Math.max(0, f.ci99[0]).toFixed(3)}–${f.ci99[1].toFixed(3)})`;

/** The Sweep tab: one parameter of the design over a few values, in replications on the page's workers. */
export function SweepPanel() {
  const store = useAppStoreApi();
  const run = useAppStore((s) => s.sweepRun);
  const document = useAppStore((s) => s.document);
  const [parameter, setParameter] = useState<SweepParameter>('load');
  const [values, setValues] = useState(PAGE_PARAMETERS[0]!.defaults);
  const [problem, setProblem] = useState<string | null>(null);
  const ids = { parameter: useId(), values: useId(), problem: useId() };
  const running = run.status === 'running';
  const chosen = PAGE_PARAMETERS.find((p) => p.id === parameter)!;
  const start = () => {
    const axis = sweepAxisOf(parameter, values);
    setProblem(axis.ok ? null : axis.reason);
    if (axis.ok) store.getState().runSweepOf(axis.axis);
  };
  return (
    <section className="sweep-panel" aria-label="Sweep">
      <p className="field-help">Runs the design at each value, {PAGE_REPLICATIONS} replications each (seeds from the design’s seed {document.settings.seed}), in the page’s workers. Larger sweeps: iov sweep (docs/sweeps.md).</p>
      <div className="field">
        <label htmlFor={ids.parameter}>Vary</label>
        <select id={ids.parameter} value={parameter} disabled={running} onChange={(e) => {
          const next = PAGE_PARAMETERS.find((p) => p.id === e.target.value)!;
          setParameter(next.id);
          setValues(next.defaults);
          setProblem(null);
        }}>
          {PAGE_PARAMETERS.map((p) => <option key={p.id} value={p.id}>{p.label}</option>)}
        </select>
      </div>
      <p className="field-help">{chosen.label}: {chosen.help}.</p>
      <div className={`field${problem ? ' has-problem' : ''}`}>
        <label htmlFor={ids.values}>Values <span className="field-unit">(FROM..TO:STEP or A,B,C)</span></label>
        <input id={ids.values} type="text" autoComplete="off" spellCheck={false} value={values} disabled={running}
          aria-invalid={problem ? true : undefined} aria-describedby={problem ? ids.problem : undefined}
          onChange={(e) => setValues(e.target.value)} onKeyDown={(e) => { if (e.key === 'Enter') start(); }} />
        {problem && <p id={ids.problem} className="field-problem" role="alert">{problem}</p>}
      </div>
      <div className="dialog-actions">
        {running
          ? <button type="button" className="button" onClick={() => store.getState().cancelSweep()}>Cancel</button>
          : <button type="button" className="button button-primary" onClick={start}>Run the sweep</button>}
      </div>
      <SweepOutcome />
    </section>
  );
}

function SweepOutcome() {
  const run = useAppStore((s) => s.sweepRun);
  const rows = useMemo(() => (run.axis ? summarizeSweep(run.lines, run.axis.parameter) : []), [run.lines, run.axis]);
  const label = PAGE_PARAMETERS.find((p) => p.id === run.axis?.parameter)?.inText ?? '';
  if (run.status === 'idle') return null;
  return (
    <div className="sweep-outcome">
      {run.status === 'running' && <progress max={run.total} value={run.done} aria-label="Sweeping" />}
      <p aria-live="polite" className="field-help">{run.status === 'cancelled' ? 'The sweep was cancelled.' : `${run.done} of ${run.total} runs done.`}</p>
      {run.status === 'failed' && <p className="compare-status is-problem" role="alert">{run.error}</p>}
      {rows.length > 0 && (
        <>
          <Suspense fallback={<p className="field-help">Loading the chart…</p>}>
            <SweepChart rows={rows} parameterLabel={label} />
          </Suspense>
          <p className="field-help" id="sweep-table-caption">p99 in ms: the mean of the replications with its 99 % interval. I/O cost from the bill of materials.</p>
          <div className="table-scroll">
            <table className="compare-table sweep-table" aria-labelledby="sweep-table-caption">
              <thead><tr><th scope="col">{label}</th><th scope="col">Storage p99</th><th scope="col">Network p99</th><th scope="col">I/O cost</th></tr></thead>
              <tbody>{rows.map((r) => (
                <tr key={r.value}><th scope="row">{r.value}</th><td>{ms(r.storageP99)}</td><td>{ms(r.networkP99)}</td><td>${Math.round(r.ioPriceUsd).toLocaleString('en-US')}</td></tr>
              ))}</tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
