// The page the simulation benchmark drives (bench/simulation.bench.ts): the real editor on
// scaleDesign(64) with the real worker, its client wrapped to count the frames and bytes that
// arrive. window.simulationBench.measure plays at 1x or runs flat out, recording animation-frame intervals.
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import '../../src/theme.css';
import '../../src/app.css';
import '../../src/canvas/canvas.css';
import { App } from '../../src/App.tsx';
import { scaleDesign, type Topology } from '../../src/model/index.ts';
import { createAppStore } from '../../src/store/index.ts';
import { createSimulationClient } from '../../src/worker/client.ts';

export type SimulationFigures = { intervals: number[]; frames: number; bytes: number; wallMs: number; simulated: number; achievedSpeed: number };

declare global {
  interface Window {
    simulationBench: { nodes: number; ready: Promise<void>; measure(mode: 'idle' | 'play' | 'flat-out', ms: number): Promise<SimulationFigures> };
  }
}

/** Long enough that a run flat out lasts the whole measurement. */
const DURATION = 300;
const base = scaleDesign(64);
const design: Topology = { ...base, settings: { ...base.settings, duration: DURATION, warmup: DURATION / 10 } };

const counts = { frames: 0, bytes: 0 };
const store = createAppStore(design, {
  createSimulationClient: () => {
    const client = createSimulationClient();
    client.subscribe((event) => {
      if (event.type !== 'frame') return;
      counts.frames++;
      // The transferred arrays, and the message's numbers (8 bytes each: time, events, inFlight, speed).
      counts.bytes += event.adapterUtilization.byteLength + event.linkUtilization.byteLength + event.adapterQueued.byteLength
        + event.poolQueued.byteLength + event.classThroughput.byteLength + 4 * 8;
    });
    return client;
  },
});
createRoot(document.getElementById('root')!).render(<App store={store} />);

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function whenDrawn(): Promise<void> {
  while (document.querySelectorAll('.react-flow__node').length < 10) await nextFrame();
  await nextFrame();
}


const state = () => store.getState();

async function whenStatus(statuses: readonly string[]): Promise<void> {
  while (!statuses.includes(state().simulation.status)) await sleep(20);
}

/** Plays at 1x (or runs flat out, or nothing: the baseline) for `ms` after a second of warm-up, recording frame intervals. */
async function measure(mode: 'idle' | 'play' | 'flat-out', ms: number): Promise<SimulationFigures> {
  state().setPlaybackSpeed(1);
  if (mode === 'play') state().playSimulation();
  else if (mode === 'flat-out') {
    state().restartSimulation();
    await whenStatus(['paused']);
    state().runSimulationToEnd();
  }
  if (mode !== 'idle') await whenStatus(mode === 'play' ? ['playing'] : ['running']);
  await sleep(1000);
  counts.frames = 0;
  counts.bytes = 0;
  const startTime = state().simulation.time;
  const stamps = [await nextFrame()];
  while (stamps.at(-1)! - stamps[0]! < ms) stamps.push(await nextFrame());
  const figures = {
    intervals: stamps.slice(1).map((t, i) => t - stamps[i]!), frames: counts.frames, bytes: counts.bytes,
    wallMs: stamps.at(-1)! - stamps[0]!, simulated: state().simulation.time - startTime, achievedSpeed: state().simulation.achievedSpeed,
  };
  if (mode !== 'idle') state().pauseSimulation();
  return figures;
}

window.simulationBench = { nodes: design.nodes.length, ready: whenDrawn(), measure };
