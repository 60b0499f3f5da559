import { faultTargetName } from '../../store/faultTarget.ts';
import { canInjectFault, isFailedNow } from '../../store/simulationSelectors.ts';
import { useAppStore, useAppStoreApi } from '../../store/hooks.ts';

/**
 * Fail or recover an element while the simulation runs: the worker applies it at the simulated time
 * it reached, and the design records it there (undoable), so a shared link replays the run.
 */
export function FaultControls({ id }: { id: string }) {
  const store = useAppStoreApi();
  const enabled = useAppStore(canInjectFault);
  const failed = useAppStore((s) => isFailedNow(s, id));
  const name = useAppStore((s) => faultTargetName(s.document, id));
  const status = useAppStore((s) => s.simulation.status);
  const designChanged = useAppStore((s) => s.simulation.designChanged);
  const actions = store.getState();
  return (
    <section className="fault-controls" aria-label="Faults">
      <h3>Faults</h3>
      {failed ? (
        <button type="button" className="button" disabled={!enabled} onClick={() => actions.recoverElement(id)}>Recover {name} now</button>
      ) : (
        <button type="button" className="button button-danger" disabled={!enabled} onClick={() => actions.failElement(id)}>Fail {name} now</button>
      )}
      <p className="inspector-hint">
        {enabled ? 'At the simulated time reached; its I/Os move to the surviving path. The design records the fault, so Undo removes it.'
          : designChanged ? 'The design changed since this run started: restart it first.'
            : status === 'done' ? 'The run reached its end: restart it to fail parts of it again.'
              : 'Run the simulation to fail or recover parts of it while it runs.'}
      </p>
    </section>
  );
}
