// For tests: a simulation client that records what the store asks of it and says what the test
// makes it say, with the status changes the real client would report.
import type { SimulationClient, SimulationEvent, SimulationStatus } from '../worker/client.ts';
import type { FrameReport, WorkerReport } from '../worker/protocol.ts';

export type ClientCall = { method: string; args: unknown[] };

export type FakeSimulationClient = SimulationClient & {
  readonly calls: ClientCall[];
  /** Only the method names, in order. */
  methods(): string[];
  /** A worker report, with the status change the real client derives from it. */
  say(report: WorkerReport): void;
  setStatus(status: SimulationStatus, message?: string): void;
};

export function createFakeSimulationClient(): FakeSimulationClient {
  const calls: ClientCall[] = [];
  const listeners = new Set<(event: SimulationEvent) => void>();
  let status: SimulationStatus = 'empty';
  let failure: string | null = null;
  const emit = (event: SimulationEvent) => listeners.forEach((listener) => listener(event));
  const record = (method: string) => (...args: unknown[]) => void calls.push({ method, args });
  const setStatus = (next: SimulationStatus, message?: string) => {
    status = next;
    failure = next === 'failed' ? (message ?? null) : null;
    emit(message === undefined ? { type: 'status', status } : { type: 'status', status, message });
  };
  return {
    calls,
    methods: () => calls.map((c) => c.method),
    get status() { return status; },
    get failure() { return failure; },
    load: (...args) => {
      record('load')(...args);
      setStatus('loading');
    },
    play: record('play'),
    pause: record('pause'),
    step: record('step'),
    runToEnd: record('runToEnd'),
    cancel: record('cancel'),
    setSpeed: record('setSpeed'),
    injectFault: record('injectFault'),
    restart: record('restart'),
    dispose: record('dispose'),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    say(report) {
      if (report.type === 'state') setStatus(report.playback);
      emit(report);
      // As the real client: a load refused says why first, then leaves no run.
      if (report.type === 'error' && status === 'loading') setStatus('empty');
    },
    setStatus,
  };
}

/** A frame at `time`: adapter utilizations, then optionally links, I/Os at each adapter, and MB/s per class. */
export function fakeFrame(time: number, adapters: number[], links: number[] = [], queued: number[] = adapters.map(() => 0), throughput: [number, number] = [0, 0]): FrameReport {
  return {
    type: 'frame', time, events: Math.round(time * 1000), adapterUtilization: Float64Array.from(adapters),
    linkUtilization: Float64Array.from(links), adapterQueued: Int32Array.from(queued), poolQueued: new Int32Array(0),
    classThroughput: Float64Array.from(throughput), inFlight: 0, achievedSpeed: 1,
  };
}
