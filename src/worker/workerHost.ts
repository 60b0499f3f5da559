// The worker's side of the protocol, as a plain function of its outputs (post) and its clock (now),
// so that tests drive it without a Worker. sim.worker.ts wires it to `self`.
//
// Everything runs as short steps, one `advanceTo` each, scheduled one at a time: between two steps
// the message loop runs, so a pause, a cancel or a fault is heard within one step (~30 ms).
import { TopologySchema, type Fault } from '../model/index.ts';
import { createSimulation, type Frame, type Simulation } from '../sim/index.ts';
import { EngineRate } from './engineRate.ts';
import { FRAME_INTERVAL_MS, FramePacer } from './framePacer.ts';
import { applyLiveFault, withFaults } from './liveFaults.ts';
import { clampSpeed, PlaybackClock } from './playbackClock.ts';
import type { LoadRequest, Playback, WorkerReport, WorkerRequest } from './protocol.ts';
import { checkRequest } from './protocolSchema.ts';
import { createSchedule, type Schedule } from './schedule.ts';
import { SpeedMeter } from './speedMeter.ts';

export type Post = (report: WorkerReport, transfer?: Transferable[]) => void;

/** Wall time of one step while playing: most of a frame interval, the rest left for messages and timers. */
const PLAY_STEP_MS = 28;
/** Wall time of one step when running to the end or replaying for a fault: about one frame interval. */
const RUN_STEP_MS = 35;

/** The loaded run. A live fault replaces `simulation` by a run with the fault in its settings, replayed to the time reached. */
type Run = {
  load: LoadRequest;
  faults: Fault[];
  simulation: Simulation;
  duration: number;
  /** The span [from, to] of simulated time the last frame covered. */
  frameSpan: [number, number];
  /** While replaying for a live fault: the span of the last frame, to cover again with the fault applied. */
  replay: [number, number] | null;
};

/** A run of the document with these faults, at time 0. */
function start(load: LoadRequest, faults: Fault[]): Run {
  const simulation = createSimulation(withFaults(load.topology, faults), { seed: load.seed, duration: load.duration });
  return { load, faults, simulation, duration: load.duration ?? load.topology.settings.duration, frameSpan: [0, 0], replay: null };
}

/** `receive` takes anything a message may carry: it checks it (protocolSchema.ts) before acting. */
export type WorkerHost = { receive(request: WorkerRequest | unknown): void };

export function createWorkerHost(post: Post, now: () => number, schedule: Schedule = createSchedule()): WorkerHost {
  let run: Run | null = null;
  let playback: Playback = 'paused';
  let stepTarget = 0;
  let achievedSpeed = 0;
  let scheduled = false;
  const clock = new PlaybackClock();
  const pacer = new FramePacer();
  const meter = new SpeedMeter();
  let rate = new EngineRate();

  const reached = (r: Run) => r.replay?.[1] ?? r.simulation.time;
  const postState = () => post({ type: 'state', playback, time: run ? reached(run) : 0, speed: clock.speed });
  const fail = (message: string) => post({ type: 'error', message });

  function wake(delayMs: number): void {
    if (scheduled) return;
    scheduled = true;
    schedule(() => {
      scheduled = false;
      try {
        step();
      } catch (error) {
        // The engine refused to go on (an event budget passed): stop there, say why, stay usable.
        playback = 'paused';
        fail(error instanceof Error ? error.message : String(error));
        postState();
      }
    }, delayMs);
  }

  function postFrame(r: Run, frame: Frame, from: number): void {
    r.frameSpan = [from, frame.time];
    const { adapterUtilization, linkUtilization, adapterQueued, poolQueued, serverQueued, classThroughput } = frame;
    post(
      { type: 'frame', time: frame.time, events: frame.events, adapterUtilization, linkUtilization, adapterQueued, poolQueued, serverQueued, classThroughput, inFlight: frame.inFlight, achievedSpeed },
      [adapterUtilization.buffer, linkUtilization.buffer, adapterQueued.buffer, poolQueued.buffer, serverQueued.buffer, classThroughput.buffer],
    );
    pacer.posted(now());
  }

  /** One step of whatever is under way, then the next one scheduled. */
  function step(): void {
    if (!run) return;
    if (run.replay) return replayStep(run, run.replay);
    if (playback !== 'playing' && playback !== 'running' && playback !== 'stepping') return;
    const { simulation } = run;
    const from = simulation.time;
    const target = Math.min(run.duration, playback === 'playing' ? clock.target(now()) : playback === 'running' ? run.duration : stepTarget);
    const budgetMs = playback === 'playing' ? PLAY_STEP_MS : RUN_STEP_MS;
    const started = now();
    const frame = simulation.advanceTo(rate.stepEnd(from, target, budgetMs));
    const finished = now();
    rate.record(frame.time - from, finished - started);
    const keptUp = frame.time >= target;
    // Behind: playback goes on from where the engine is, at the asked speed, rather than racing to
    // catch up (which would show a burst of fast motion, then the same lag again).
    if (playback === 'playing' && !keptUp) clock.anchor(finished, frame.time);
    meter.record(finished, frame.time);
    // A frame that kept up shows the clock's time exactly: playback is at the asked speed.
    achievedSpeed = playback === 'playing' && keptUp ? clock.speed : meter.speed();
    postFrame(run, frame, from);
    if (playback === 'running') post({ type: 'progress', fraction: frame.time / run.duration, phase: 'run' });
    if (simulation.done) {
      playback = 'done';
      post({ type: 'done', result: simulation.result() });
      postState();
      return;
    }
    if (playback === 'stepping' && keptUp) {
      playback = 'paused';
      postState();
      return;
    }
    wake(pacer.delayBeforeNext(now()));
  }

  /**
   * The rebuilt run, replayed to the start of the last frame's span in chunks, then over that span in
   * one step: its frame covers the same span as the last one, now with the fault's queues.
   */
  function replayStep(r: Run, [from, to]: [number, number]): void {
    const { simulation } = r;
    if (simulation.time < from) {
      const started = now();
      const time = simulation.time;
      simulation.advanceTo(rate.stepEnd(time, from, RUN_STEP_MS));
      rate.record(simulation.time - time, now() - started);
      post({ type: 'progress', fraction: simulation.time / to, phase: 'fault' });
      return wake(0);
    }
    r.replay = null;
    if (to > 0) postFrame(r, simulation.advanceTo(to), from);
    clock.anchor(now(), to);
    meter.reset(now(), to);
    wake(pacer.delayBeforeNext(now()));
  }

  /** A run from time 0, paused; `run` stays null when the engine refuses the design. */
  function begin(request: LoadRequest, faults: Fault[]): void {
    run = null;
    playback = 'paused';
    const r = start(request, faults);
    run = r;
    post({ type: 'ready', layout: r.simulation.layout, seed: request.seed ?? request.topology.settings.seed, duration: r.duration });
    postState();
  }

  function setPlayback(next: Playback): void {
    if (!run) return fail('Load a design before simulating it.');
    if (playback === 'done' && next !== 'paused') return fail('The run has reached its end: restart it to play again.');
    if (playback === 'done') return postState();
    playback = next;
    clock.anchor(now(), reached(run));
    meter.reset(now(), reached(run));
    postState();
    // A first frame of playback spans one frame interval, not an instant (whose utilization means nothing).
    wake(next === 'playing' ? Math.ceil(FRAME_INTERVAL_MS) : 0);
  }

  function injectFault(target: string, recover: boolean): void {
    if (!run) return fail('Load a design before failing part of it.');
    const r = run;
    const at = reached(r);
    if (at >= r.duration) return fail('The run has reached its end: a fault now would change nothing.');
    const change = applyLiveFault(r.faults, target, at, recover);
    if (typeof change === 'string') return fail(change);
    // The document's own checks say whether the target exists and the fault list is well formed.
    const checked = TopologySchema.safeParse(withFaults(r.load.topology, change.faults));
    const problem = checked.success ? undefined : checked.error.issues.find((issue) => issue.path[0] === 'settings' && issue.path[1] === 'faults');
    if (problem) return fail(problem.message);
    const rebuilt = start(r.load, change.faults);
    rebuilt.replay = r.replay ?? r.frameSpan;
    run = rebuilt;
    post({ type: 'faultApplied', target, at, recover, fault: change.fault, index: change.index });
    wake(0);
  }

  function restart(): void {
    if (!run) return fail('Load a design before restarting it.');
    begin(run.load, run.faults);
  }

  function receive(data: unknown): void {
    const checked = checkRequest(data);
    if (!checked.ok) return fail(`The simulation ignored ${checked.problem}`);
    const request = checked.message;
    try {
      switch (request.type) {
        case 'load':
          rate = new EngineRate();
          return begin(request, request.topology.settings.faults);
        case 'play': clock.speed = clampSpeed(request.speed); return setPlayback('playing');
        case 'pause': case 'cancel':
          if (playback === 'done' || !run) return postState();
          playback = 'paused';
          return postState();
        case 'step':
          if (run) stepTarget = Math.min(run.duration, reached(run) + Math.max(0, request.seconds));
          return setPlayback('stepping');
        case 'runToEnd': return setPlayback('running');
        case 'setSpeed':
          if (run && playback === 'playing') clock.anchor(now(), reached(run), request.speed);
          else clock.speed = clampSpeed(request.speed);
          return postState();
        case 'injectFault': return injectFault(request.target, request.recover === true);
        case 'restart': return restart();
        default: return fail(`Unknown request ${JSON.stringify((request as { type?: unknown }).type)}.`);
      }
    } catch (error) {
      fail(error instanceof Error ? error.message : String(error));
    }
  }

  return { receive };
}
