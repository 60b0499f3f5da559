import { useAppStore, useAppStoreApi } from '../../store/hooks.ts';

/**
 * What the run needs the person to know, under the bar: the worker failed (restart it; the design
 * is untouched), the design was edited during the run (it paused; restart with the new design) or
 * after it ended (Run, Run to end or the offer run the new design), or a
 * request was refused.
 */
export function SimulationMessages() {
  const store = useAppStoreApi();
  const failure = useAppStore((s) => s.simulation.failure);
  const designChanged = useAppStore((s) => s.simulation.designChanged);
  // A run that had ended is not paused by an edit: it is only out of date.
  const ended = useAppStore((s) => s.simulation.status === 'done');
  const error = useAppStore((s) => s.simulation.error);
  const actions = store.getState();
  return (
    <>
      <div role="alert" className="sim-message-region">
        {failure && (
          <div className="sim-message tone-problem">
            <p>{failure} Your design is untouched.</p>
            <button type="button" className="button" onClick={() => actions.restartSimulation()}>Restart the simulation</button>
          </div>
        )}
        {error && !failure && (
          <div className="sim-message tone-refusal">
            <p>{error}</p>
            <button type="button" className="button" onClick={() => actions.dismissSimulationError()}>Dismiss</button>
          </div>
        )}
      </div>
      <div role="status" className="sim-message-region">
        {designChanged && !failure && (
          <div className="sim-message tone-info">
            <p>{ended ? 'You changed the design after the run ended.' : 'You changed the design, so the run paused.'} The diagram still shows the run of the design as it was.</p>
            <button type="button" className="button" onClick={() => actions.playSimulation()}>Restart with the new design</button>
          </div>
        )}
      </div>
    </>
  );
}
