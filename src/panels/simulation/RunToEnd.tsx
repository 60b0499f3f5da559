import { useAppStore, useAppStoreApi } from '../../store/hooks.ts';
import { canRunToEnd } from '../../store/simulationSelectors.ts';
import { TransportIcon } from './TransportIcon.tsx';

/** "Run to end" as fast as the engine goes; while it runs, its progress and a way to stop it. */
export function RunToEnd() {
  const store = useAppStoreApi();
  const status = useAppStore((s) => s.simulation.status);
  const enabled = useAppStore(canRunToEnd);
  // Whole percents and the phase, not the progress object: a new one arrives with every message
  // of the worker, and the bar re-rendered at each.
  const percent = useAppStore((s) => (s.simulation.progress ? Math.floor(s.simulation.progress.fraction * 100) : 0));
  const phase = useAppStore((s) => s.simulation.progress?.phase);
  if (status === 'running' || phase === 'fault') {
    const label = phase === 'fault' ? 'Applying the fault' : 'Running to the end';
    return (
      <div className="sim-progress">
        <progress max={100} value={percent} aria-label={label} />
        <span className="sim-progress-value">{percent} %</span>
        {status === 'running' && (
          <button type="button" className="button" onClick={() => store.getState().cancelSimulationRun()}>Cancel</button>
        )}
      </div>
    );
  }
  return (
    <button
      type="button" className="tool-button with-label" disabled={!enabled} aria-label="Run to end"
      title="As fast as the engine goes, with a progress bar (Shift+E)" onClick={() => store.getState().runSimulationToEnd()}
    >
      <TransportIcon name="end" /><span className="sim-end-label">Run to end</span>
    </button>
  );
}
