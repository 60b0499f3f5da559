import { PlaybackButtons } from './PlaybackButtons.tsx';
import { RunClock } from './RunClock.tsx';
import { RunToEnd } from './RunToEnd.tsx';
import { SimulationMessages } from './SimulationMessages.tsx';
import { SpeedControl } from './SpeedControl.tsx';
import './simulation.css';

/** The simulation's transport, under the header: run, pause, step, restart, speed, time, run to end. */
export function SimulationBar() {
  return (
    <section className="sim-bar-region" aria-label="Simulation">
      <div className="sim-bar">
        <PlaybackButtons />
        <SpeedControl />
        <RunClock />
        <RunToEnd />
      </div>
      <SimulationMessages />
    </section>
  );
}
