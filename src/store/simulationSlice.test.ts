import { describe, expect, it, vi } from 'vitest';
import { example, type Topology } from '../model/index.ts';
import type { WorkerReport } from '../worker/protocol.ts';
import { createAppStore } from './createAppStore.ts';
import { createFakeSimulationClient, fakeFrame } from './fakeSimulationClient.ts';
import { serverHeld } from './simulationSelectors.ts';

const rack = example('virtualized-rack');
const READY: WorkerReport = { type: 'ready', layout: { adapterIds: ['hba1', 'hba2'], linkIds: ['l1', 'l2', 'l3'], pools: [] }, seed: 1, duration: 10 };

/** The app's store with a fake client, the rack loaded. */
function setup() {
  const client = createFakeSimulationClient();
  const store = createAppStore(rack, { createSimulationClient: () => client, simulationDisplayIntervalMs: 0 });
  const sim = () => store.getState().simulation;
  const undoSteps = () => store.temporal.getState().pastStates.length;
  return { client, store, sim, undoSteps, state: () => store.getState() };
}

/** Played once and answered: a run of the rack at time 0, playing. */
function playing() {
  const s = setup();
  s.state().playSimulation();
  s.client.say(READY);
  s.client.say({ type: 'state', playback: 'playing', time: 0, speed: 1 });
  return s;
}

describe('simulationSlice', () => {
  it('follows the queue of a server that holds its own I/O back, and keeps a queue series only then', () => {
    const client = createFakeSimulationClient();
    const store = createAppStore(example('noisy-neighbour'), { createSimulationClient: () => client, simulationDisplayIntervalMs: 0 });
    store.getState().playSimulation();
    const serverIds = ['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8'];
    const pools = [{ id: 'sw1/storage', switchId: 'sw1', trafficClass: 'storage' as const, adapterIds: ['hba1', 'hba2'] }];
    client.say({ type: 'ready', layout: { adapterIds: ['hba1', 'hba2'], linkIds: [], pools, serverIds }, seed: 1, duration: 10 });
    const sim = () => store.getState().simulation;
    expect(sim().layout?.heldServerIds).toEqual(['s5']);
    client.say({ ...fakeFrame(1, [0.2, 0.1]), poolQueued: Int32Array.from([3]), serverQueued: Int32Array.from([0, 0, 0, 0, 1500, 0, 0, 0]) });
    expect(serverHeld(store.getState(), 's5')).toBe(1500);
    expect(serverHeld(store.getState(), 's1')).toBeUndefined();
    expect(sim().queues?.rows()).toEqual([{ time: 1, 'server:s5': 1500, 'pool:sw1/storage': 3 }]);

    // The virtualized rack: nobody holds any back, no series.
    const { client: other, state } = setup();
    state().playSimulation();
    other.say(READY);
    expect(state().simulation.queues).toBeNull();
  });

  it('plays the current design from time 0 on the first run, at the speed asked', () => {
    const { client, state, sim } = setup();
    state().setPlaybackSpeed(10);
    state().playSimulation();
    expect(client.methods()).toEqual(['load', 'play']);
    expect(client.calls[0]!.args[0]).toBe(rack);
    expect(client.calls[1]!.args).toEqual([10]);
    expect(sim()).toMatchObject({ status: 'loading', runDocument: rack, speed: 10 });
    client.say(READY);
    expect(sim().layout?.adapterIndex.get('hba2')).toBe(1);
    expect(sim().layout?.linkIndex.get('l3')).toBe(2);
  });

  it('shows each frame: time, utilization, queues and the speed reached, and keeps the series', () => {
    const { client, sim } = playing();
    client.say({ ...fakeFrame(0.5, [0.25, 0.5], [0.1, 0.2, 0.3], [2, 0]), achievedSpeed: 0.8 });
    client.say(fakeFrame(1, [0.75, 0.5]));
    expect(sim().time).toBe(1);
    expect(sim().achievedSpeed).toBe(1);
    expect([...sim().frame!.adapterUtilization]).toEqual([0.75, 0.5]);
    expect(sim().series?.rows()).toEqual([{ time: 0.5, hba1: 0.25, hba2: 0.5 }, { time: 1, hba1: 0.75, hba2: 0.5 }]);
    expect(sim().seriesVersion).toBe(3);
  });

  it('never makes an undo step for playback, speed or frames', () => {
    const { client, state, undoSteps } = playing();
    client.say(fakeFrame(0.5, [0.25, 0.5]));
    state().setPlaybackSpeed(100);
    state().pauseSimulation();
    expect(undoSteps()).toBe(0);
    expect(state().document).toBe(rack);
  });

  it('pauses, cancels a run to the end, steps a hundredth of the duration', () => {
    const { client, state } = playing();
    state().pauseSimulation();
    client.say({ type: 'state', playback: 'running', time: 1, speed: 1 });
    state().pauseSimulation();
    state().stepSimulation();
    expect(client.calls.slice(2)).toEqual([{ method: 'pause', args: [] }, { method: 'cancel', args: [] }, { method: 'step', args: [0.1] }]);
  });

  it('runs to the end with progress, and keeps the result', () => {
    const { client, state, sim } = playing();
    client.say(fakeFrame(2.5, [0.2, 0.2]));
    state().runSimulationToEnd();
    expect(sim().progress).toEqual({ fraction: 0.25, phase: 'run' });
    client.say({ type: 'state', playback: 'running', time: 2.5, speed: 1 });
    client.say({ type: 'progress', fraction: 0.6, phase: 'run' });
    expect(sim().progress).toEqual({ fraction: 0.6, phase: 'run' });
    const result = { seed: 1, duration: 10 } as never;
    client.say({ type: 'done', result });
    client.say({ type: 'state', playback: 'done', time: 10, speed: 1 });
    expect(sim()).toMatchObject({ status: 'done', result, progress: null, time: 10 });
    // Playing again replays the same run from the start.
    state().playSimulation();
    expect(client.methods().slice(-2)).toEqual(['restart', 'play']);
  });

  it('clamps the speed to 0.1x..1000x and tells a running worker', () => {
    const { client, state, sim } = playing();
    state().setPlaybackSpeed(5000);
    expect(sim().speed).toBe(1000);
    state().setPlaybackSpeed(0.01);
    expect(sim().speed).toBe(0.1);
    expect(client.calls.filter((c) => c.method === 'setSpeed').map((c) => c.args[0])).toEqual([1000, 0.1]);
  });

  it('records a live fault at the time the worker reached, as one undo step that a link replays', () => {
    const { client, state, sim, undoSteps } = playing();
    state().failElement('hba1');
    expect(client.calls.at(-1)).toEqual({ method: 'injectFault', args: ['hba1'] });
    client.say({ type: 'faultApplied', target: 'hba1', at: 3.25, recover: false, fault: { at: 3.25, target: 'hba1' }, index: 0 });
    // The worker replays the run with the fault (progress), and ends the replay on a frame.
    client.say({ type: 'progress', fraction: 0.5, phase: 'fault' });
    expect(sim().progress).toEqual({ fraction: 0.5, phase: 'fault' });
    client.say(fakeFrame(3.25, [0, 0.4]));
    expect(sim().progress).toBeNull();
    expect(state().document.settings.faults).toEqual([{ at: 3.25, target: 'hba1' }]);
    expect(sim().runDocument).toBe(state().document);
    expect(sim().designChanged).toBe(false);
    expect(undoSteps()).toBe(1);
    expect(state().notice?.text).toBe('HBA 1 (hba1) failed at 3.25 s of simulated time. The design records it (Undo removes it), so a shared link replays it.');

    state().recoverElement('hba1');
    expect(client.calls.at(-1)).toEqual({ method: 'injectFault', args: ['hba1', true] });
    client.say({ type: 'faultApplied', target: 'hba1', at: 5, recover: true, fault: { at: 3.25, until: 5, target: 'hba1' }, index: 0 });
    expect(state().document.settings.faults).toEqual([{ at: 3.25, until: 5, target: 'hba1' }]);
    expect(undoSteps()).toBe(2);
    expect(state().notice?.text).toMatch(/^HBA 1 \(hba1\) recovered at 5 s of simulated time\./);
  });

  it('pauses when the design is edited during a run, and plays the new design from time 0 when asked', () => {
    const { client, state, sim } = playing();
    state().renameDesign('Edited');
    expect(client.methods().at(-1)).toBe('pause');
    expect(sim().designChanged).toBe(true);
    // A fault needs the run on show to be of the current design.
    state().failElement('hba1');
    expect(client.methods().at(-1)).toBe('pause');
    // Undo back to the design that runs: nothing to offer any more.
    state().undo();
    expect(sim().designChanged).toBe(false);
    state().redo();
    state().playSimulation();
    expect(client.methods().slice(-2)).toEqual(['load', 'play']);
    expect((client.calls.at(-2)!.args[0] as Topology).name).toBe('Edited');
    expect(sim().designChanged).toBe(false);
  });

  it('undoing a live fault is an edit like any other: the run pauses and offers a restart', () => {
    const { client, state, sim } = playing();
    client.say({ type: 'faultApplied', target: 'hba1', at: 2, recover: false, fault: { at: 2, target: 'hba1' }, index: 0 });
    state().undo();
    expect(state().document.settings.faults).toEqual([]);
    expect(sim().designChanged).toBe(true);
    expect(client.methods().at(-1)).toBe('pause');
  });

  it('cancels a run to the end when the design is edited', () => {
    const { client, state } = playing();
    client.say({ type: 'state', playback: 'running', time: 1, speed: 1 });
    state().setRunSettings({ seed: 9 });
    expect(client.methods().at(-1)).toBe('cancel');
  });

  it('forgets the run when another design is opened, and ignores what the old run still says', () => {
    const { client, state, sim } = playing();
    state().load(example('classic-rack'));
    expect(sim()).toMatchObject({ status: 'empty', runDocument: null, frame: null, layout: null, speed: 1 });
    client.say(fakeFrame(0.5, [0.3, 0.3]));
    expect(sim().frame).toBeNull();
  });

  it('says when the worker failed, keeps the design, and restarts it on request', () => {
    const { client, state, sim, undoSteps } = playing();
    client.setStatus('failed', 'The simulation stopped answering (nothing for 5 s). Restart it.');
    expect(sim()).toMatchObject({ status: 'failed', failure: 'The simulation stopped answering (nothing for 5 s). Restart it.' });
    expect(state().document).toBe(rack);
    expect(undoSteps()).toBe(0);
    state().restartSimulation();
    expect(client.methods().at(-1)).toBe('restart');
    expect(sim().failure).toBeNull();
  });

  it('shows a request the worker refused, until the next action', () => {
    const { client, state, sim } = playing();
    client.say({ type: 'error', message: 'hba1 has been failed since 2 s: recover it first.' });
    expect(sim().error).toBe('hba1 has been failed since 2 s: recover it first.');
    state().playSimulation();
    expect(sim().error).toBeNull();
  });

  it('forgets a design the engine refused: the next play loads again', () => {
    const { client, state, sim } = setup();
    state().playSimulation();
    client.say({ type: 'error', message: 'This run needs about 3.0 billion events.' });
    client.setStatus('empty');
    expect(sim()).toMatchObject({ status: 'empty', runDocument: null, error: 'This run needs about 3.0 billion events.' });
    state().playSimulation();
    expect(client.methods()).toEqual(['load', 'play', 'load', 'play']);
  });

  it('changes seed and duration as one undoable edit, and refuses unusable values with a notice', () => {
    const { state, undoSteps } = setup();
    expect(state().setRunSettings({ seed: 7, duration: 30 })).toEqual({ ok: true });
    expect(state().document.settings).toMatchObject({ seed: 7, duration: 30, warmup: 3 });
    expect(undoSteps()).toBe(1);
    expect(state().setRunSettings({ duration: -1 })).toEqual({ ok: false, reason: 'The duration must be at least 0.01 s and at most 3600 s.' });
    expect(state().notice?.text).toBe('The duration must be at least 0.01 s and at most 3600 s.');
    expect(state().setRunSettings({ seed: 2.5 }, { quiet: true }).ok).toBe(false);
    expect(undoSteps()).toBe(1);
    state().undo();
    expect(state().document.settings.seed).toBe(1);
  });

  it('redraws the diagram at most every 100 ms, blending the frames between, and shows the last at once on pause', () => {
    vi.useFakeTimers();
    try {
      const client = createFakeSimulationClient();
      const store = createAppStore(rack, { createSimulationClient: () => client });
      const sim = () => store.getState().simulation;
      store.getState().playSimulation();
      client.say(READY);
      client.say(fakeFrame(0.1, [0.2, 0]));
      expect(sim().frame?.adapterUtilization[0]).toBe(0.2);
      client.say(fakeFrame(0.2, [0.4, 0]));
      client.say(fakeFrame(0.3, [0.6, 0]));
      // Not yet redrawn; the charts' series has every frame already.
      expect(sim().frame?.time).toBe(0.1);
      expect(sim().series?.length).toBe(3);
      vi.advanceTimersByTime(100);
      expect(sim().frame?.time).toBe(0.3);
      expect(sim().frame?.adapterUtilization[0]).toBeCloseTo(0.5, 12);
      client.say(fakeFrame(0.4, [0.1, 0]));
      client.say({ type: 'state', playback: 'paused', time: 0.4, speed: 1 });
      expect(sim()).toMatchObject({ status: 'paused', time: 0.4 });
      expect(sim().frame?.time).toBe(0.4);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('a run the engine refuses', () => {
  it('shows the refusal, never an empty chart with no word', () => {
    const { client, state, sim } = setup();
    state().playSimulation();
    client.say({ type: 'error', message: 'This run needs about 144.2 billion events, more than the budget of 2.0 billion: shorten the duration or lighten the workloads.' });
    expect(sim()).toMatchObject({ status: 'empty', runDocument: null, error: 'This run needs about 144.2 billion events, more than the budget of 2.0 billion: shorten the duration or lighten the workloads.' });
  });
});
