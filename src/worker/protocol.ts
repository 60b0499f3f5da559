// The messages between the page and the simulation worker, both ways. Plain types, no validation:
// both ends are this code, and the document inside `load` has been validated before it gets here.
import type { Fault, Topology } from '../model/index.ts';
import type { SimulationLayout, SimulationResult } from '../sim/index.ts';

/** Playback speed, simulated seconds per wall second: view state, never in the document. */
export const MIN_SPEED = 0.1;
export const MAX_SPEED = 1000;

/** The page only draws: more frames than a screen refreshes usefully would be wasted work. */
export const MAX_FRAMES_PER_SECOND = 30;

/** What the worker is doing with its run. */
export type Playback = 'paused' | 'playing' | 'stepping' | 'running' | 'done';

export type LoadRequest = {
  type: 'load';
  topology: Topology;
  /** Override the document's seed and duration (as `iov simulate --seed --duration` does). */
  seed?: number;
  duration?: number;
};

/** Page -> worker. */
export type WorkerRequest =
  | LoadRequest
  | { type: 'play'; speed: number }
  | { type: 'pause' }
  /** Advance by this many simulated seconds, then pause. */
  | { type: 'step'; seconds: number }
  /** As fast as the engine goes, with progress; `cancel` stops it where it is. */
  | { type: 'runToEnd' }
  | { type: 'cancel' }
  | { type: 'setSpeed'; speed: number }
  /** Fail a node, link or port (`hba1`, `l3`, `hba1:2`) now; or, with `recover`, bring it back now. */
  | { type: 'injectFault'; target: string; recover?: boolean }
  /** Start the loaded run again from time 0 (faults applied live are kept: the document holds them). */
  | { type: 'restart' };

/** Utilization since the previous frame and the state now; the arrays follow `ready.layout`. */
export type FrameReport = {
  type: 'frame';
  /** Simulated seconds. */
  time: number;
  events: number;
  /** Transferred, not copied: the page owns them once received. */
  adapterUtilization: Float64Array;
  linkUtilization: Float64Array;
  adapterQueued: Int32Array;
  /** In `ready.layout.pools` order: I/Os waiting in each pool's shared queue. */
  poolQueued: Int32Array;
  /** In `ready.layout.serverIds` order: I/Os waiting at each server for its queue depth or QoS cap. */
  serverQueued?: Int32Array;
  /** MB/s per traffic class (storage, network) since the previous frame. */
  classThroughput: Float64Array;
  inFlight: number;
  /** Simulated seconds per wall second actually reached: below the asked speed when the engine cannot keep up. */
  achievedSpeed: number;
};

/** A fault the worker applied at the simulated time it had reached. */
export type FaultReport = {
  type: 'faultApplied';
  target: string;
  /** Simulated seconds at which it failed (or, with `recover`, came back). */
  at: number;
  recover: boolean;
  /** The entry as it now stands in `settings.faults`, at `index` (equal to the old length for a new fault): record it in the document so that a link replays the run. */
  fault: Fault;
  index: number;
};

/** Worker -> page. */
export type WorkerReport =
  | { type: 'ready'; layout: SimulationLayout; seed: number; duration: number }
  | FrameReport
  /** `run`: of runToEnd; `fault`: of the replay that applies a live fault (see workerHost.ts). */
  | { type: 'progress'; fraction: number; phase: 'run' | 'fault' }
  | { type: 'state'; playback: Playback; time: number; speed: number }
  | { type: 'done'; result: SimulationResult }
  | FaultReport
  | { type: 'error'; message: string };
