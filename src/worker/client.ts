// The page's side of the simulation worker, and the only code that talks to it (ARCHITECTURE.md).
// It never leaves the page stuck: a worker that throws, or goes silent while it should be busy,
// turns the status to `failed` with a message, and `restart()` starts a fresh worker.
import type { Topology } from '../model/index.ts';
import { withFaults } from './liveFaults.ts';
import type { LoadRequest, Playback, WorkerReport, WorkerRequest } from './protocol.ts';
import { checkReport } from './protocolSchema.ts';
import { SILENCE_LIMIT_MS, Watchdog, type Timers } from './watchdog.ts';

/** `empty`: nothing loaded; `loading`: waiting for the worker's `ready`; `failed`: see `failure`. */
export type SimulationStatus = 'empty' | 'loading' | Playback | 'failed';

/** Every report of the worker, and the client's own status changes. */
export type SimulationEvent = WorkerReport | { type: 'status'; status: SimulationStatus; message?: string };

/** The part of a Worker the client uses; tests pass a fake. */
export type WorkerLike = {
  postMessage(request: WorkerRequest): void;
  terminate(): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerReport>) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  addEventListener(type: 'messageerror', listener: (event: MessageEvent) => void): void;
};

export type SimulationClient = {
  readonly status: SimulationStatus;
  /** Why the status is `failed`, in the user's words. */
  readonly failure: string | null;
  /** A new run at time 0; the document already running (with the faults applied live) changes nothing. */
  load(topology: Topology, options?: { seed?: number; duration?: number }): void;
  /** Speed in simulated seconds per wall second, 0.1 to 1000. */
  play(speed: number): void;
  pause(): void;
  step(seconds: number): void;
  runToEnd(): void;
  cancel(): void;
  setSpeed(speed: number): void;
  injectFault(target: string, recover?: boolean): void;
  /** After a failure, a fresh worker with the last design (and its live faults); otherwise the run from time 0. */
  restart(): void;
  subscribe(listener: (event: SimulationEvent) => void): () => void;
  dispose(): void;
};

/** The real worker; Vite bundles it from this exact `new Worker(new URL(...))` form. */
export function createSimulationWorker(): WorkerLike {
  return new Worker(new URL('./sim.worker.ts', import.meta.url), { type: 'module' });
}

const realTimers: Timers = {
  setTimeout: (task, ms) => setTimeout(task, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

const BUSY: ReadonlySet<SimulationStatus> = new Set(['loading', 'playing', 'stepping', 'running']);
const silenceMessage = `The simulation stopped answering (nothing for ${SILENCE_LIMIT_MS / 1000} s). Restart it.`;

export function createSimulationClient(createWorker: () => WorkerLike = createSimulationWorker, timers: Timers = realTimers): SimulationClient {
  let worker: WorkerLike | null = null;
  let status: SimulationStatus = 'empty';
  let failure: string | null = null;
  let disposed = false;
  /** The design as last loaded, with the faults applied live since: what a restart after a failure replays. */
  let lastLoad: LoadRequest | null = null;
  /** Reports of a run being replaced are stale until the new run's `ready`. */
  let awaitingReady = false;
  const listeners = new Set<(event: SimulationEvent) => void>();
  const watchdog = new Watchdog(timers, () => fail(silenceMessage));

  const emit = (event: SimulationEvent) => {
    for (const listener of listeners) listener(event);
  };

  function setStatus(next: SimulationStatus, message?: string): void {
    if (next === status && message === undefined) return;
    status = next;
    emit(message === undefined ? { type: 'status', status } : { type: 'status', status, message });
  }

  function stopWorker(): void {
    worker?.terminate();
    worker = null;
  }

  function fail(message: string): void {
    watchdog.stop();
    stopWorker();
    failure = message;
    setStatus('failed', message);
  }

  function spawn(): boolean {
    stopWorker();
    failure = null;
    let spawned: WorkerLike;
    try {
      spawned = createWorker();
    } catch (error) {
      fail(`The simulation could not start: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    }
    worker = spawned;
    // A worker replaced or terminated may still have events queued: only the current one is heard.
    const current = () => worker === spawned;
    spawned.addEventListener('message', (event) => {
      if (!current()) return;
      // Checked before it is believed: a malformed report is said and ignored, the run goes on.
      const checked = checkReport(event.data);
      if (checked.ok) return receive(checked.message);
      emit({ type: 'error', message: `The page ignored ${checked.problem.replace(/^a /, 'a malformed ')}` });
      watchdog.heard(BUSY.has(status));
    });
    spawned.addEventListener('error', (event) => {
      // Handled here and shown by the page, not left as an uncaught error in the console as well.
      event.preventDefault();
      if (current()) fail(`The simulation stopped with an error${event.message ? `: ${event.message}` : ''}. Restart it.`);
    });
    spawned.addEventListener('messageerror', () => {
      if (current()) fail('A message from the simulation could not be read. Restart it.');
    });
    return true;
  }

  function send(request: WorkerRequest): void {
    if (disposed || !worker || status === 'failed') return;
    // A Worker's postMessage has no target origin (the rule has a window's in mind).
    // oxlint-disable-next-line unicorn/require-post-message-target-origin
    worker.postMessage(request);
    watchdog.expect();
  }

  function sendLoad(request: LoadRequest): void {
    lastLoad = request;
    awaitingReady = true;
    setStatus('loading');
    send(request);
  }

  function receive(report: WorkerReport): void {
    if (awaitingReady && report.type !== 'ready' && report.type !== 'error') return watchdog.heard(true);
    switch (report.type) {
      case 'ready': awaitingReady = false; break;
      case 'state': setStatus(report.playback); break;
      case 'error':
        // A load the engine refused leaves no run, and nothing to replay. The refusal is heard
        // first: a listener that lets go of the run on `empty` would otherwise never hear why.
        if (awaitingReady) {
          awaitingReady = false;
          lastLoad = null;
          emit(report);
          setStatus('empty');
          watchdog.heard(false);
          return;
        }
        break;
      case 'faultApplied':
        if (lastLoad) {
          const faults = lastLoad.topology.settings.faults.toSpliced(report.index, 1, report.fault);
          lastLoad = { ...lastLoad, topology: withFaults(lastLoad.topology, faults) };
        }
        break;
      default: break;
    }
    emit(report);
    watchdog.heard(BUSY.has(status));
  }

  return {
    get status() { return status; },
    get failure() { return failure; },
    load(topology, options = {}) {
      if (disposed) return;
      const request: LoadRequest = { type: 'load', topology, ...options };
      // The document as it runs already (the store recording a live fault): the run goes on.
      if (worker && status !== 'failed' && lastLoad && JSON.stringify(request) === JSON.stringify(lastLoad)) return;
      if ((!worker || status === 'failed') && !spawn()) return;
      sendLoad(request);
    },
    play: (speed) => send({ type: 'play', speed }),
    pause: () => send({ type: 'pause' }),
    step: (seconds) => send({ type: 'step', seconds }),
    runToEnd: () => send({ type: 'runToEnd' }),
    cancel: () => send({ type: 'cancel' }),
    setSpeed: (speed) => send({ type: 'setSpeed', speed }),
    injectFault: (target, recover = false) => send({ type: 'injectFault', target, recover }),
    restart() {
      if (disposed) return;
      if (worker && status !== 'failed') {
        awaitingReady = true;
        setStatus('loading');
        return send({ type: 'restart' });
      }
      if (!spawn()) return;
      if (lastLoad) sendLoad(lastLoad);
      else setStatus('empty');
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      disposed = true;
      watchdog.stop();
      stopWorker();
      listeners.clear();
    },
  };
}
