import { canInjectFault, canRunToEnd, isFailedNow } from '../store/simulationSelectors.ts';
import type { Command, CommandContext } from './command.ts';

const PLAYING = new Set(['playing', 'running', 'stepping']);
const run = ({ store }: CommandContext) => store.getState().simulation;

/** Run when stopped, pause when running: what the bar's main button does. */
export const runOrPause: Command = {
  id: 'run-or-pause',
  label: 'Run or pause the simulation',
  group: 'Simulation',
  shortcuts: [{ key: 'r' }],
  isEnabled: (context) => run(context).status !== 'loading',
  run({ store }) {
    const state = store.getState();
    if (PLAYING.has(state.simulation.status)) state.pauseSimulation();
    else state.playSimulation();
  },
};

export const stepSimulation: Command = {
  id: 'step-simulation',
  label: 'Step the simulation',
  group: 'Simulation',
  shortcuts: [{ key: '.' }],
  isEnabled: (context) => run(context).status !== 'running' && run(context).status !== 'loading',
  run: ({ store }) => store.getState().stepSimulation(),
};

export const restartSimulation: Command = {
  id: 'restart-simulation',
  label: 'Restart the simulation from time 0',
  group: 'Simulation',
  shortcuts: [{ key: 'r', shift: true }],
  isEnabled: (context) => run(context).runDocument !== null,
  run: ({ store }) => store.getState().restartSimulation(),
};

export const runToEnd: Command = {
  id: 'run-to-end',
  label: 'Run the simulation to its end',
  group: 'Simulation',
  shortcuts: [{ key: 'e', shift: true }],
  isEnabled: ({ store }) => canRunToEnd(store.getState()),
  run: ({ store }) => store.getState().runSimulationToEnd(),
};

/** The one element selected, when a fault can be injected now. */
function faultTarget({ store }: CommandContext): string | undefined {
  const state = store.getState();
  return state.selected.length === 1 && canInjectFault(state) ? state.selected[0] : undefined;
}

/** Fail the selected element at the simulated time reached, or bring it back if it is failed. */
export const toggleFault: Command = {
  id: 'toggle-fault',
  label: 'Fail or recover the selection (while simulating)',
  group: 'Simulation',
  shortcuts: [{ key: 'x' }],
  isEnabled: (context) => faultTarget(context) !== undefined,
  run(context) {
    const target = faultTarget(context);
    if (!target) return;
    const state = context.store.getState();
    if (isFailedNow(state, target)) state.recoverElement(target);
    else state.failElement(target);
  },
};

export const SIMULATION_COMMANDS: readonly Command[] = [runOrPause, stepSimulation, restartSimulation, runToEnd, toggleFault];
