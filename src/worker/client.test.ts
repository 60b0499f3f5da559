import { describe, expect, it } from 'vitest';
import { example } from '../model/index.ts';
import { hashResult, simulate } from '../sim/index.ts';
import { createSimulationClient, type SimulationEvent, type WorkerLike } from './client.ts';
import { createFakeTime, type FakeTime } from './fakeTime.ts';
import type { WorkerReport, WorkerRequest } from './protocol.ts';
import { createWorkerHost } from './workerHost.ts';

type Listeners = { message: ((event: MessageEvent<WorkerReport>) => void)[]; error: ((event: ErrorEvent) => void)[]; messageerror: ((event: MessageEvent) => void)[] };

/** A Worker that records what it is sent and says what the test makes it say. */
class FakeWorker implements WorkerLike {
  readonly received: WorkerRequest[] = [];
  terminated = false;
  private readonly listeners: Listeners = { message: [], error: [], messageerror: [] };

  postMessage(request: WorkerRequest): void {
    this.received.push(request);
  }

  terminate(): void {
    this.terminated = true;
  }

  addEventListener(type: keyof Listeners, listener: (event: never) => void): void {
    (this.listeners[type] as ((event: never) => void)[]).push(listener);
  }

  say(report: WorkerReport): void {
    for (const listener of this.listeners.message) listener({ data: report } as MessageEvent<WorkerReport>);
  }

  throw(message: string): { prevented: boolean } {
    const seen = { prevented: false };
    const event = { message, preventDefault: () => (seen.prevented = true) } as unknown as ErrorEvent;
    for (const listener of this.listeners.error) listener(event);
    return seen;
  }

  garble(): void {
    for (const listener of this.listeners.messageerror) listener({} as MessageEvent);
  }
}

const READY: WorkerReport = { type: 'ready', layout: { adapterIds: ['hba1'], linkIds: ['l1'], pools: [] }, seed: 1, duration: 10 };
const state = (playback: 'paused' | 'playing' | 'running' | 'done', time = 0): WorkerReport => ({ type: 'state', playback, time, speed: 1 });
const frame = (time: number): WorkerReport => ({
  type: 'frame', time, events: 1, adapterUtilization: new Float64Array([0.5]), linkUtilization: new Float64Array([0.5]),
  adapterQueued: new Int32Array([1]), poolQueued: new Int32Array(0), classThroughput: new Float64Array(2), inFlight: 1, achievedSpeed: 1,
});

function setup() {
  const time = createFakeTime();
  const workers: FakeWorker[] = [];
  const client = createSimulationClient(() => {
    const worker = new FakeWorker();
    workers.push(worker);
    return worker;
  }, time.timers);
  const events: SimulationEvent[] = [];
  client.subscribe((event) => events.push(event));
  const statuses = () => events.flatMap((e) => (e.type === 'status' ? [e.status] : []));
  return { time, client, workers, events, statuses, worker: () => workers.at(-1)! };
}

/** A client loaded and answered: paused at time 0. */
function loaded() {
  const s = setup();
  s.client.load(example('virtualized-rack'), { seed: 2 });
  s.worker().say(READY);
  s.worker().say(state('paused'));
  return s;
}

describe('createSimulationClient', () => {
  it('starts the worker on the first load and follows its status', () => {
    const { client, workers, worker, statuses, events } = loaded();
    expect(workers).toHaveLength(1);
    expect(worker().received).toEqual([{ type: 'load', topology: example('virtualized-rack'), seed: 2 }]);
    expect(statuses()).toEqual(['loading', 'paused']);
    expect(client.status).toBe('paused');
    expect(events.filter((e) => e.type === 'ready')).toEqual([READY]);
  });

  it('sends each request as its message', () => {
    const { client, worker } = loaded();
    client.play(10);
    client.setSpeed(100);
    client.pause();
    client.step(0.5);
    client.runToEnd();
    client.cancel();
    client.injectFault('hba1');
    client.injectFault('hba1', true);
    expect(worker().received.slice(1)).toEqual([
      { type: 'play', speed: 10 }, { type: 'setSpeed', speed: 100 }, { type: 'pause' }, { type: 'step', seconds: 0.5 },
      { type: 'runToEnd' }, { type: 'cancel' }, { type: 'injectFault', target: 'hba1', recover: false },
      { type: 'injectFault', target: 'hba1', recover: true },
    ]);
  });

  it('passes on what the old run says until the new one is ready, but drops it', () => {
    const { client, worker, events } = loaded();
    client.load(example('classic-rack'));
    worker().say(frame(3));
    expect(events.filter((e) => e.type === 'frame')).toEqual([]);
    worker().say(READY);
    worker().say(frame(0.1));
    expect(events.filter((e) => e.type === 'frame')).toHaveLength(1);
  });

  it('fails, with a message, when the worker throws; restart brings a fresh one with the faults applied live', () => {
    const { client, workers, worker, statuses } = loaded();
    client.play(1);
    worker().say(state('playing'));
    worker().say({ type: 'faultApplied', target: 'hba1', at: 2.5, recover: false, fault: { at: 2.5, target: 'hba1' }, index: 0 });
    const seen = worker().throw('Uncaught RangeError: boom');
    expect(seen.prevented).toBe(true);
    expect(client.status).toBe('failed');
    expect(client.failure).toBe('The simulation stopped with an error: Uncaught RangeError: boom. Restart it.');
    expect(statuses().at(-1)).toBe('failed');
    expect(workers[0]!.terminated).toBe(true);
    client.play(1); // ignored: nothing to play on
    expect(workers[0]!.received.at(-1)).toEqual({ type: 'play', speed: 1 });

    client.restart();
    expect(workers).toHaveLength(2);
    expect(client.failure).toBeNull();
    const reload = worker().received[0];
    expect(reload).toMatchObject({ type: 'load', seed: 2 });
    expect(reload?.type === 'load' && reload.topology.settings.faults).toEqual([{ at: 2.5, target: 'hba1' }]);
    expect(client.status).toBe('loading');
  });

  it('fails when a playing worker sends nothing for 5 s, and not while it keeps talking', () => {
    const { client, time, worker, workers } = loaded();
    client.play(1);
    worker().say(state('playing'));
    for (let t = 0; t < 20; t++) {
      time.advance(1000);
      worker().say(frame(t));
    }
    expect(client.status).toBe('playing');
    time.advance(4999);
    expect(client.status).toBe('playing');
    time.advance(1);
    expect(client.status).toBe('failed');
    expect(client.failure).toBe('The simulation stopped answering (nothing for 5 s). Restart it.');
    expect(workers[0]!.terminated).toBe(true);
  });

  it('waits quietly while paused or done', () => {
    const { client, time, worker } = loaded();
    time.advance(60_000);
    client.runToEnd();
    worker().say(state('running'));
    worker().say({ type: 'progress', fraction: 1, phase: 'run' });
    worker().say(state('done', 10));
    time.advance(60_000);
    expect(client.status).toBe('done');
    expect(time.pending()).toBe(0);
  });

  it('fails when a request gets no answer at all', () => {
    const { client, time } = setup();
    client.load(example('virtualized-rack'));
    time.advance(5000);
    expect(client.status).toBe('failed');
  });

  it('goes back to empty when the engine refuses the design, without failing later', () => {
    const { client, time, worker, events } = setup();
    client.load(example('virtualized-rack'));
    worker().say({ type: 'error', message: 'The warm-up (20 s) must be shorter than the duration (10 s).' });
    expect(client.status).toBe('empty');
    // The refusal first: a listener letting go of the run on `empty` still hears why.
    expect(events.slice(-2)).toEqual([
      { type: 'error', message: 'The warm-up (20 s) must be shorter than the duration (10 s).' },
      { type: 'status', status: 'empty' },
    ]);
    time.advance(60_000);
    expect(client.status).toBe('empty');
    client.load(example('virtualized-rack')); // the same document again: asked again, refused again
    expect(worker().received).toHaveLength(2);
  });

  it('fails when a message cannot be read, or the worker cannot be made', () => {
    const { client, worker } = loaded();
    worker().garble();
    expect(client.failure).toBe('A message from the simulation could not be read. Restart it.');
    const broken = createSimulationClient(() => {
      throw new Error('Workers are disabled');
    }, createFakeTime().timers);
    broken.load(example('virtualized-rack'));
    expect([broken.status, broken.failure]).toEqual(['failed', 'The simulation could not start: Workers are disabled']);
  });

  it('ignores a replaced worker', () => {
    const { client, workers, worker } = loaded();
    worker().throw('first');
    client.restart();
    workers[0]!.throw('late');
    workers[0]!.say(frame(1));
    expect(client.status).toBe('loading');
    expect(worker()).toBe(workers[1]);
  });

  it('goes on when the document recording a live fault comes back, and reloads any other', () => {
    const { client, worker } = loaded();
    worker().say({ type: 'faultApplied', target: 'hba1', at: 2.5, recover: false, fault: { at: 2.5, target: 'hba1' }, index: 0 });
    const topology = example('virtualized-rack');
    const recorded = { ...topology, settings: { ...topology.settings, faults: [{ at: 2.5, target: 'hba1' }] } };
    client.load(recorded, { seed: 2 });
    expect(worker().received).toHaveLength(1);
    client.load(recorded, { seed: 3 });
    client.load(topology, { seed: 3 });
    expect(worker().received.slice(1).map((r) => r.type === 'load' && [r.seed, r.topology.settings.faults.length])).toEqual([[3, 1], [3, 0]]);
  });

  it('restarts a healthy run in its worker', () => {
    const { client, workers, worker } = loaded();
    client.restart();
    expect(workers).toHaveLength(1);
    expect(worker().received.at(-1)).toEqual({ type: 'restart' });
    expect(client.status).toBe('loading');
  });

  it('stops everything on dispose', () => {
    const { client, worker, time, events } = loaded();
    client.play(1);
    client.dispose();
    expect(worker().terminated).toBe(true);
    const count = events.length;
    time.advance(60_000);
    client.load(example('virtualized-rack'));
    expect(events).toHaveLength(count);
  });
});

/** A Worker that runs the real host in this thread, as the browser would in its own. */
function loopbackWorker(time: FakeTime): WorkerLike {
  const listeners: ((event: MessageEvent<WorkerReport>) => void)[] = [];
  const host = createWorkerHost((report) => {
    for (const listener of listeners) listener({ data: report } as MessageEvent<WorkerReport>);
  }, time.now, time.schedule);
  return {
    postMessage: (request) => host.receive(request),
    terminate: () => {},
    addEventListener: (type: string, listener: (event: never) => void) => {
      if (type === 'message') listeners.push(listener as (event: MessageEvent<WorkerReport>) => void);
    },
  };
}

describe('the client and the worker host together', () => {
  it('load, play, pause, fail hba1, run to end: the result of a document with that fault', () => {
    const time = createFakeTime();
    const client = createSimulationClient(() => loopbackWorker(time), time.timers);
    const events: SimulationEvent[] = [];
    client.subscribe((event) => events.push(event));
    client.load(example('virtualized-rack'), { duration: 5 });
    client.play(10);
    time.advance(200);
    client.pause();
    const paused = events.findLast((e) => e.type === 'frame')!;
    client.injectFault('hba1');
    client.runToEnd();
    time.advance(60_000);
    const fault = events.find((e) => e.type === 'faultApplied')!;
    expect(fault).toMatchObject({ target: 'hba1', at: paused.type === 'frame' ? paused.time : NaN });
    const done = events.find((e) => e.type === 'done');
    const topology = example('virtualized-rack');
    const expected = simulate({ ...topology, settings: { ...topology.settings, faults: [{ at: fault.type === 'faultApplied' ? fault.at : NaN, target: 'hba1' }] } }, { duration: 5 });
    expect(done?.type === 'done' && hashResult(done.result)).toBe(hashResult(expected));
    expect(client.status).toBe('done');
  });
});
