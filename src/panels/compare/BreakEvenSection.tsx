import { lazy, Suspense, useId, useState } from 'react';
import { crossoverSentences, SCALING_RULE, type BreakEven } from '../../sim/index.ts';
import { useAppStore, useAppStoreApi } from '../../store/hooks.ts';
import { BREAK_EVEN_DURATION_S, doublingsUpTo, PAGE_REPLICATIONS } from '../../store/studySlice.ts';

// recharts is large: its code loads when a break-even first has a chart to show.
const BreakEvenChart = lazy(() => import('./BreakEvenChart.tsx'));

const LARGEST = [32, 64, 128, 256] as const;
const usd = (n: number) => `$${Math.round(n).toLocaleString('en-US')}`;
const interval = (f: { mean: number; ci99: [number, number] }) => `${f.mean.toFixed(3)} (${Math.max(0, f.ci99[0]).toFixed(3)}–${f.ci99[1].toFixed(3)})`;

/** Where virtualization starts to pay as the rack grows: cost, power and p99 of both sides, the crossover in words. */
export function BreakEvenSection() {
  const store = useAppStoreApi();
  const run = useAppStore((s) => s.breakEvenRun);
  const [largest, setLargest] = useState<number>(256);
  const selectId = useId();
  const running = run.status === 'running';
  return (
    <section className={`break-even${run.result ? '' : ' no-print'}`} aria-label="Break-even as the rack grows">
      <h3>As the rack grows</h3>
      <p className="inspector-hint break-even-rule">{SCALING_RULE} In the app: {PAGE_REPLICATIONS} replications of {BREAK_EVEN_DURATION_S} s per count (the command line: iov compare --servers).</p>
      <div className="dialog-actions no-print break-even-actions">
        <label htmlFor={selectId}>From 4 up to</label>
        <select id={selectId} value={largest} disabled={running} onChange={(e) => setLargest(Number(e.target.value))}>
          {LARGEST.map((n) => <option key={n} value={n}>{n} servers</option>)}
        </select>
        {running
          ? <button type="button" className="button" onClick={() => store.getState().cancelBreakEven()}>Cancel</button>
          : <button type="button" className="button button-primary" onClick={() => store.getState().runBreakEven(doublingsUpTo(largest))}>{run.status === 'done' ? 'Work it out again' : 'Work out the break-even'}</button>}
      </div>
      {running && (
        <div className="compare-progress no-print">
          <progress max={100} value={Math.round(run.progress * 100)} aria-label="Working out the break-even" />
          <p aria-live="polite">{run.note ? `Simulated ${run.note}` : `Building and simulating ${run.counts[0] ?? 4} servers…`}</p>
        </div>
      )}
      {run.status === 'failed' && <p className="compare-status is-problem" role="alert">{run.error}</p>}
      {run.status === 'cancelled' && <p className="compare-status no-print" role="status">The break-even was cancelled.</p>}
      {run.result && <BreakEvenOutcome result={run.result} />}
    </section>
  );
}

function BreakEvenOutcome({ result }: { result: BreakEven }) {
  const simulated = result.points.filter((p) => p.p99Ms);
  return (
    <>
      <ul className="break-even-verdict" aria-label="Crossover">{crossoverSentences(result).map((line) => <li key={line}>{line}</li>)}</ul>
      <Suspense fallback={<p className="inspector-hint">Loading the chart…</p>}>
        <BreakEvenChart result={result} />
      </Suspense>
      <div className="table-scroll">
        <table className="compare-table break-even-table">
          <caption>Both sides at each count simulated: I/O cost and power (bill of materials), storage p99 in ms, the mean of {result.replications} replications with its 99 % interval</caption>
          <thead>
            <tr><th scope="col">Servers</th><th scope="col">Cost, dedicated</th><th scope="col">Cost, virtualized</th><th scope="col">Power, dedicated</th><th scope="col">Power, virtualized</th><th scope="col">p99, dedicated</th><th scope="col">p99, virtualized</th></tr>
          </thead>
          <tbody>
            {simulated.map((p) => (
              <tr key={p.servers} data-servers={p.servers}>
                <th scope="row">{p.servers}</th>
                <td>{usd(p.dedicated.ioPriceUsd)}</td><td>{usd(p.virtualized.ioPriceUsd)}</td>
                <td>{Math.round(p.dedicated.ioPowerW)} W</td><td>{Math.round(p.virtualized.ioPowerW)} W</td>
                <td>{interval(p.p99Ms!.dedicated.storage)}</td><td>{interval(p.p99Ms!.virtualized.storage)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
