// Malformed messages at both ends of the simulation worker (issue 16, item 4): each is reported in a
// short message and ignored; the run it arrives in goes on as if it had not come.
import { describe, expect, it } from 'vitest';
import { example } from '../model/index.ts';
import { createSimulationClient, type SimulationEvent, type WorkerLike } from './client.ts';
import { createFakeTime } from './fakeTime.ts';
import type { WorkerReport, WorkerRequest } from './protocol.ts';
import { checkReport, checkRequest } from './protocolSchema.ts';
import { createWorkerHost } from './workerHost.ts';

describe('checkRequest', () => {
  it('accepts what the client sends', () => {
    for (const request of [
      { type: 'load', topology: example('virtualized-rack'), seed: 3, duration: 5 }, { type: 'play', speed: 2 }, { type: 'pause' },
      { type: 'step', seconds: 0.1 }, { type: 'runToEnd' }, { type: 'cancel' }, { type: 'setSpeed', speed: 50_000 },
      { type: 'injectFault', target: 'hba1:2', recover: true }, { type: 'restart' },
    ]) expect(checkRequest(request).ok, request.type).toBe(true);
  });

  it('refuses the malformed, saying what and where, briefly', () => {
    const cases: [unknown, string][] = [
      [null, 'a message with no type, (document): Invalid input: expected object, received null.'],
      [{ type: 'x'.repeat(10_000) }, `a "${'x'.repeat(120)}… (10,000 characters)" message, type: Invalid discriminator value. Expected 'load' | 'play' | 'pause' | 'step' | 'runToEnd' | 'cancel' | 'setSpeed' | 'injectF… (137 characters).`],
      [{ type: 'play', speed: Number.NaN }, 'a "play" message, speed: Invalid input: expected number, received NaN.'],
      [{ type: 'step', seconds: 1e300 }, 'a "step" message, seconds: Too big: expected number to be <=3600.'],
      [{ type: 'load', topology: { version: 2 } }, 'a "load" message, topology.name: Invalid input: expected string, received undefined.'],
      [{ type: 'injectFault', target: 'hba1'.repeat(100) }, 'a "injectFault" message, target: Too big: expected string to have <=16 characters.'],
      [{ type: 'pause', extra: 1 }, 'a "pause" message, (document): Unrecognized key: "extra".'],
    ];
    for (const [data, problem] of cases) expect(checkRequest(data)).toEqual({ ok: false, problem });
  });
});

describe('checkReport', () => {
  it('refuses a frame whose arrays are not typed arrays, and a ready with no layout', () => {
    const frame = { type: 'frame', time: 1, events: 10, adapterUtilization: [0.5], linkUtilization: new Float64Array(1), adapterQueued: new Int32Array(1), poolQueued: new Int32Array(1), classThroughput: new Float64Array(2), inFlight: 0, achievedSpeed: 1 };
    expect(checkReport(frame)).toEqual({ ok: false, problem: 'a "frame" message, adapterUtilization: Invalid input: expected Float64Array, received array.' });
    expect(checkReport({ ...frame, adapterUtilization: new Float64Array(1) }).ok).toBe(true);
    expect(checkReport({ type: 'ready', seed: 1, duration: 10 }).ok).toBe(false);
  });
});

describe('the host and the client ignore a malformed message, and go on', () => {
  it('the host: a run playing goes on, with one error said', () => {
    const time = createFakeTime();
    const sent: WorkerReport[] = [];
    const host = createWorkerHost((report) => sent.push(report), time.now, time.schedule);
    host.receive({ type: 'load', topology: example('virtualized-rack'), duration: 2 });
    host.receive({ type: 'play', speed: 1 });
    time.advance(300);
    host.receive({ type: 'injectFault', target: { toString: () => 'hba1' } });
    host.receive({ type: 'play', speed: '1e9' });
    time.advance(300);
    const errors = sent.filter((r) => r.type === 'error').map((r) => r.type === 'error' && r.message);
    expect(errors).toEqual([
      'The simulation ignored a "injectFault" message, target: Invalid input: expected string, received object.',
      'The simulation ignored a "play" message, speed: Invalid input: expected number, received string.',
    ]);
    expect(sent.filter((r) => r.type === 'faultApplied')).toEqual([]);
    expect(sent.findLast((r) => r.type === 'state')).toMatchObject({ playback: 'playing', speed: 1 });
    expect(sent.findLast((r) => r.type === 'frame')!.type === 'frame' && (sent.findLast((r) => r.type === 'frame') as { time: number }).time).toBeGreaterThan(0.4);
  });

  it('the client: a garbled report is said as an error and the status stays', () => {
    const time = createFakeTime();
    let listener: ((event: MessageEvent<WorkerReport>) => void) | undefined;
    const received: WorkerRequest[] = [];
    const worker: WorkerLike = {
      postMessage: (request) => void received.push(request),
      terminate: () => {},
      addEventListener: (type: string, l: (event: never) => void) => { if (type === 'message') listener = l as typeof listener; },
    };
    const client = createSimulationClient(() => worker, time.timers);
    const events: SimulationEvent[] = [];
    client.subscribe((event) => events.push(event));
    client.load(example('virtualized-rack'));
    const say = (data: unknown) => listener!({ data } as MessageEvent<WorkerReport>);
    say({ type: 'ready', layout: { adapterIds: ['hba1'], linkIds: ['l1'], pools: [] }, seed: 1, duration: 10 });
    say({ type: 'state', playback: 'paused', time: 0, speed: 1 });
    say({ type: 'state', playback: 'exploded', time: 0, speed: 1 });
    say({ type: 'done', result: 'everything' });
    expect(client.status).toBe('paused');
    expect(events.filter((e) => e.type === 'error')).toEqual([
      { type: 'error', message: 'The page ignored a malformed "state" message, playback: Invalid option: expected one of "paused"|"playing"|"stepping"|"running"|"done".' },
      { type: 'error', message: 'The page ignored a malformed "done" message, result: Invalid input: expected object, received string.' },
    ]);
    expect(events.some((e) => e.type === 'done')).toBe(false);
  });
});
