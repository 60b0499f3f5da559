import { lazy, Suspense } from 'react';
import { selectedElements } from '../../store/index.ts';
import { useAppStore } from '../../store/hooks.ts';
import { FaultControls } from './FaultControls.tsx';
import { labelsOf } from './labels.ts';
import { PoolSummary } from './PoolSummary.tsx';
import { FaultWindowSummary, PortSummary } from './RunDetails.tsx';
import { RunSettingsFields } from './RunSettingsFields.tsx';
import { ServerSummary } from './ServerSummary.tsx';
import './simulation.css';

// recharts is large: its code loads when the simulation tab first shows the charts.
const SimulationCharts = lazy(() => import('./charts/SimulationCharts.tsx'));

/** The simulation tab: the run's settings, faults for the selection, the summary and the charts. */
export function SimulationPanel() {
  const result = useAppStore((s) => s.simulation.result);
  const document = useAppStore((s) => s.simulation.runDocument ?? s.document);
  const hasRun = useAppStore((s) => s.simulation.runDocument !== null);
  const { nodes, links } = useAppStore(selectedElements);
  const single = nodes.length + links.length === 1 ? (nodes[0]?.id ?? links[0]?.id) : undefined;
  return (
    <div className="inspector simulation-panel">
      <RunSettingsFields />
      <p className="inspector-hint">
        Editing the design while it runs pauses the run; the bar above then offers to restart with the new design.
      </p>
      {single ? <FaultControls id={single} /> : <p className="inspector-hint">Select an adapter, a cable or a switch to fail it while the simulation runs (or right-click it on the diagram).</p>}
      <section className="inspector-section" aria-label="Summary">
        <h3>Summary</h3>
        {result ? (
          <>
            <PoolSummary result={result} labels={labelsOf(document)} />
            <ServerSummary result={result} labels={labelsOf(document)} />
            <FaultWindowSummary result={result} labels={labelsOf(document)} />
            <PortSummary result={result} labels={labelsOf(document)} />
          </>
        ) : <p className="inspector-hint">{hasRun ? 'The figures of the whole run appear when it reaches its end (Run to end).' : 'Run the simulation to see its figures.'}</p>}
      </section>
      {hasRun && (
        <Suspense fallback={<p className="inspector-hint">Loading the charts…</p>}>
          <SimulationCharts />
        </Suspense>
      )}
    </div>
  );
}
