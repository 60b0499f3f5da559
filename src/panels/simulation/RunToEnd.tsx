import { useAppStore, useAppStoreApi } from '../../store/hooks.ts';
import { TransportIcon } from './TransportIcon.tsx';

/** "Run to end" as fast as the engine goes; while it runs, its progress and a way to stop it. */
export function RunToEnd() {
  const store = useAppStoreApi();
  const status = useAppStore((s) => s.simulation.status);
  const progress = useAppStore((s) => s.simulation.progress);
  const percent = progress ? Math.floor(progress.fraction * 100) : 0;
  if (status === 'running' || progress?.phase === 'fault') {
    const label = progress?.phase === 'fault' ? 'Applying the fault' : 'Running to the end';
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
      type="button" className="tool-button with-label" disabled={status === 'done' || status === 'loading'} aria-label="Run to end"
      title="As fast as the engine goes, with a progress bar (Shift+E)" onClick={() => store.getState().runSimulationToEnd()}
    >
      <TransportIcon name="end" /><span className="sim-end-label">Run to end</span>
    </button>
  );
}
