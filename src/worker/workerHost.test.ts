import { describe, expect, it } from 'vitest';
import { example, type Fault, type Topology } from '../model/index.ts';
import { hashResult, simulate, type SimulationResult } from '../sim/index.ts';
import { createFakeTime } from './fakeTime.ts';
import type { FrameReport, WorkerReport } from './protocol.ts';
import { createWorkerHost } from './workerHost.ts';

type Sent = { report: WorkerReport; transfer: Transferable[] };

/** A host on a fake clock (or `now`), and everything it posted. */
function setup(now?: () => number) {
  const time = createFakeTime();
  const sent: Sent[] = [];
  const host = createWorkerHost((report, transfer = []) => sent.push({ report, transfer }), now ?? time.now, time.schedule);
  const of = <T extends WorkerReport['type']>(type: T) => sent.map((s) => s.report).filter((r): r is Extract<WorkerReport, { type: T }> => r.type === type);
  return { time, host, sent, of, frames: () => of('frame') as FrameReport[], lastState: () => of('state').at(-1) };
}

const rack = (): Topology => example('virtualized-rack');
const withFaults = (topology: Topology, faults: Fault[]): Topology => ({ ...topology, settings: { ...topology.settings, faults } });
const fingerprint = (result: SimulationResult) => hashResult(result);

describe('createWorkerHost', () => {
  it('answers a load with the layout, the seed and the duration, paused at time 0', () => {
    const { host, of, lastState } = setup();
    host.receive({ type: 'load', topology: rack(), seed: 7, duration: 4 });
    expect(of('ready')).toEqual([{ type: 'ready', layout: { adapterIds: ['hba1', 'hba2', 'nic1', 'nic2'], linkIds: expect.any(Array), serverIds: ['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8'], pools: [expect.objectContaining({ trafficClass: 'storage', adapterIds: ['hba1', 'hba2'] }), expect.objectContaining({ trafficClass: 'network', adapterIds: ['nic1', 'nic2'] })] }, seed: 7, duration: 4 }]);
    expect(lastState()).toEqual({ type: 'state', playback: 'paused', time: 0, speed: 1 });
  });

  it('plays at the asked speed, at most 30 frames a second, with the arrays transferred', () => {
    const { host, time, sent, frames, lastState } = setup();
    host.receive({ type: 'load', topology: rack(), duration: 20 });
    host.receive({ type: 'play', speed: 10 });
    expect(lastState()).toMatchObject({ playback: 'playing', speed: 10 });
    time.advance(1000);
    const played = frames();
    expect(played.length).toBeGreaterThanOrEqual(28);
    expect(played.length).toBeLessThanOrEqual(30);
    expect(played.at(-1)!.time).toBeCloseTo(10 * (time.now() - 34) / 1000, 0);
    // The first steps are cautious (the engine's rate is not known yet), then playback keeps up.
    expect(played.slice(3).every((f) => f.achievedSpeed === 10)).toBe(true);
    expect(Math.max(...played.flatMap((f) => [...f.adapterUtilization]))).toBeGreaterThan(0);
    const frameSent = sent.find((s) => s.report.type === 'frame')!;
    const frame = frameSent.report as FrameReport;
    expect(frameSent.transfer).toEqual([frame.adapterUtilization.buffer, frame.linkUtilization.buffer, frame.adapterQueued.buffer, frame.poolQueued.buffer, frame.serverQueued!.buffer, frame.classThroughput.buffer]);
  });

  it('stops time on pause', () => {
    const { host, time, frames, lastState } = setup();
    host.receive({ type: 'load', topology: rack() });
    host.receive({ type: 'play', speed: 5 });
    time.advance(300);
    host.receive({ type: 'pause' });
    const count = frames().length;
    const paused = lastState()!;
    expect(paused.playback).toBe('paused');
    expect(paused.time).toBe(frames().at(-1)!.time);
    time.advance(2000);
    expect(frames()).toHaveLength(count);
    expect(time.pending()).toBe(0);
  });

  it('reports the speed it reaches when the engine cannot keep up', () => {
    // A wall clock 2,000 times faster than real time makes the engine look 2,000 times slower.
    const started = performance.now();
    let fake = 0;
    const { host, time, frames } = setup(() => fake + (performance.now() - started) * 2000);
    const tick = (ms: number) => {
      fake += ms;
      time.advance(ms);
    };
    host.receive({ type: 'load', topology: rack() });
    host.receive({ type: 'play', speed: 1000 });
    for (let i = 0; i < 20; i++) tick(40);
    const last = frames().at(-1)!;
    expect(last.achievedSpeed).toBeGreaterThan(0);
    expect(last.achievedSpeed).toBeLessThan(1000);
  });

  it('steps by simulated seconds, then pauses exactly there', () => {
    const { host, time, lastState, of } = setup();
    host.receive({ type: 'load', topology: rack() });
    host.receive({ type: 'step', seconds: 0.5 });
    expect(lastState()!.playback).toBe('stepping');
    time.advance(60_000);
    expect(lastState()).toMatchObject({ playback: 'paused', time: 0.5 });
    expect(of('progress')).toEqual([]);
  });

  it('runs to the end with progress, and gives the result of the whole run', () => {
    const { host, time, of, lastState } = setup();
    host.receive({ type: 'load', topology: rack(), seed: 3, duration: 3 });
    host.receive({ type: 'runToEnd' });
    time.advance(60_000);
    const fractions = of('progress').map((p) => p.fraction);
    expect(fractions.length).toBeGreaterThan(2);
    expect(fractions).toEqual(fractions.toSorted((a, b) => a - b));
    expect(fractions.at(-1)).toBe(1);
    expect(lastState()!.playback).toBe('done');
    const [done] = of('done');
    expect(fingerprint(done!.result)).toBe(fingerprint(simulate(rack(), { seed: 3, duration: 3 })));
  });

  it('stops a run to the end on cancel, where it is', () => {
    const { host, time, of, lastState } = setup();
    host.receive({ type: 'load', topology: rack(), duration: 60 });
    host.receive({ type: 'runToEnd' });
    host.receive({ type: 'cancel' }); // heard before the first step
    time.advance(60_000);
    expect(lastState()).toMatchObject({ playback: 'paused', time: 0 });
    expect(of('progress')).toEqual([]);
    expect(time.pending()).toBe(0);
  });

  it('applies a live fault at the time reached: the run equals one with the fault in the document', () => {
    const { host, time, of, frames } = setup();
    host.receive({ type: 'load', topology: rack(), duration: 6 });
    host.receive({ type: 'step', seconds: 2 });
    time.advance(60_000);
    const before = frames().at(-1)!;
    host.receive({ type: 'injectFault', target: 'hba1' });
    expect(of('faultApplied')).toEqual([{ type: 'faultApplied', target: 'hba1', at: 2, recover: false, fault: { at: 2, target: 'hba1' }, index: 0 }]);
    time.advance(60_000);
    // The replay shows the last frame's span again, with the failed adapter's I/Os moved away.
    const after = frames().at(-1)!;
    expect(after.time).toBe(2);
    expect([...after.adapterUtilization]).toEqual([...before.adapterUtilization]);
    expect(after.adapterQueued[0]).toBe(0);
    expect(of('progress').every((p) => p.phase === 'fault')).toBe(true);

    host.receive({ type: 'runToEnd' });
    time.advance(60_000);
    const expected = simulate(withFaults(rack(), [{ at: 2, target: 'hba1' }]), { duration: 6 });
    expect(fingerprint(of('done')[0]!.result)).toBe(fingerprint(expected));
  });

  it('recovers a live fault at the time reached, in place', () => {
    const { host, time, of } = setup();
    host.receive({ type: 'load', topology: withFaults(rack(), [{ at: 0.5, until: 0.7, target: 'nic2' }]), duration: 5 });
    host.receive({ type: 'step', seconds: 1 });
    time.advance(60_000);
    host.receive({ type: 'injectFault', target: 'hba2' });
    host.receive({ type: 'step', seconds: 1.5 });
    time.advance(60_000);
    host.receive({ type: 'injectFault', target: 'hba2', recover: true });
    expect(of('faultApplied').at(-1)).toEqual({ type: 'faultApplied', target: 'hba2', at: 2.5, recover: true, fault: { at: 1, until: 2.5, target: 'hba2' }, index: 1 });
    host.receive({ type: 'runToEnd' });
    time.advance(60_000);
    const expected = simulate(withFaults(rack(), [{ at: 0.5, until: 0.7, target: 'nic2' }, { at: 1, until: 2.5, target: 'hba2' }]), { duration: 5 });
    expect(fingerprint(of('done')[0]!.result)).toBe(fingerprint(expected));
  });

  it('takes a second fault during the replay of the first at the same time', () => {
    const { host, time, of } = setup();
    host.receive({ type: 'load', topology: rack(), duration: 4 });
    host.receive({ type: 'step', seconds: 1 });
    time.advance(60_000);
    host.receive({ type: 'injectFault', target: 'hba1' });
    host.receive({ type: 'injectFault', target: 'nic1' });
    expect(of('faultApplied').map((f) => [f.target, f.at, f.index])).toEqual([['hba1', 1, 0], ['nic1', 1, 1]]);
    host.receive({ type: 'runToEnd' });
    time.advance(60_000);
    const expected = simulate(withFaults(rack(), [{ at: 1, target: 'hba1' }, { at: 1, target: 'nic1' }]), { duration: 4 });
    expect(fingerprint(of('done')[0]!.result)).toBe(fingerprint(expected));
  });

  it('keeps live faults over a restart, from time 0', () => {
    const { host, time, of, lastState } = setup();
    host.receive({ type: 'load', topology: rack(), duration: 3 });
    host.receive({ type: 'step', seconds: 1 });
    time.advance(60_000);
    host.receive({ type: 'injectFault', target: 'hba1' });
    host.receive({ type: 'restart' });
    expect(of('ready')).toHaveLength(2);
    expect(lastState()).toMatchObject({ playback: 'paused', time: 0 });
    host.receive({ type: 'runToEnd' });
    time.advance(60_000);
    const expected = simulate(withFaults(rack(), [{ at: 1, target: 'hba1' }]), { duration: 3 });
    expect(fingerprint(of('done')[0]!.result)).toBe(fingerprint(expected));
  });

  it('clamps the speed and re-anchors playback on setSpeed', () => {
    const { host, time, lastState, frames } = setup();
    host.receive({ type: 'load', topology: rack(), duration: 100 });
    host.receive({ type: 'play', speed: 1 });
    time.advance(1000);
    const t = frames().at(-1)!.time;
    host.receive({ type: 'setSpeed', speed: 50_000 });
    expect(lastState()!.speed).toBe(1000);
    host.receive({ type: 'setSpeed', speed: 0.001 });
    expect(lastState()!.speed).toBe(0.1);
    time.advance(1000);
    expect(frames().at(-1)!.time - t).toBeLessThan(0.2);
  });

  it('says what is wrong, and stays usable', () => {
    const { host, time, of } = setup();
    host.receive({ type: 'play', speed: 1 });
    host.receive({ type: 'injectFault', target: 'hba1' });
    host.receive({ type: 'load', topology: rack(), duration: 1, seed: 1 });
    host.receive({ type: 'injectFault', target: 'hba9' });
    host.receive({ type: 'injectFault', target: 'hba1', recover: true });
    host.receive({ type: 'runToEnd' });
    time.advance(60_000);
    host.receive({ type: 'injectFault', target: 'hba1' });
    host.receive({ type: 'play', speed: 1 });
    host.receive({ type: 'load', topology: { ...rack(), settings: { ...rack().settings, warmup: 20 } } });
    expect(of('error').map((e) => e.message)).toEqual([
      'Load a design before simulating it.',
      'Load a design before failing part of it.',
      'The fault targets "hba9", which is not a node, link or port of this design.',
      'hba1 is not failed at 0 s: there is nothing to recover.',
      'The run has reached its end: a fault now would change nothing.',
      'The run has reached its end: restart it to play again.',
      'The simulation ignored a "load" message, topology.settings.warmup: The warm-up (20 s) must be shorter than the duration (10 s).',
    ]);
    expect(of('done')).toHaveLength(1);
  });
});
