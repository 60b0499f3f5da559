import type { StateCreator } from 'zustand/vanilla';
import { holdsOwnIo, TRAFFIC_CLASSES, type Topology } from '../model/index.ts';
import type { PoolLayout, SimulationLayout, SimulationResult } from '../sim/index.ts';
import type { SimulationClient, SimulationEvent, SimulationStatus } from '../worker/client.ts';
import { MAX_SPEED, MIN_SPEED, type FrameReport } from '../worker/protocol.ts';
import type { AppState } from './appState.ts';
import type { ActionResult, EditOptions } from './documentSlice.ts';
import { faultTargetName } from './faultTarget.ts';
import { DISPLAY_INTERVAL_MS, FrameBlender } from './frameBlender.ts';
import { LiveSeries } from './liveSeries.ts';
import { createQueueSeries, queueCounts } from './queueSeries.ts';
import { withLiveFault, withRunSettings, type RunSettings } from './runSettings.ts';

/** Where each adapter, link and pool sits in a frame's arrays. */
export type RunLayout = {
  adapterIds: readonly string[];
  linkIds: readonly string[];
  pools: readonly PoolLayout[];
  adapterIndex: ReadonlyMap<string, number>;
  linkIndex: ReadonlyMap<string, number>;
  /** The servers that can hold their own I/O (a queue depth or QoS cap), in id order: the only ones with a queue at the server. */
  heldServerIds: readonly string[];
  /** Where each of them sits in a frame's `serverQueued` (in `layout.serverIds` order, every server). */
  heldServerIndex: ReadonlyMap<string, number>;
};

/**
 * The simulation as the page shows it: view state only, never in the document, never an undo step
 * (SIMULATION.md, "What the document holds"). The worker does the work; this mirrors its reports.
 */
export type RunView = {
  /** `empty`: no run of this design yet (or the design was replaced). */
  status: SimulationStatus;
  /** Simulated seconds reached. */
  time: number;
  duration: number;
  seed: number;
  /** The speed asked for, simulated seconds per wall second. */
  speed: number;
  /** The speed the engine actually reached over the last second. */
  achievedSpeed: number;
  layout: RunLayout | null;
  /** The latest frame: utilization since the previous one, and the I/Os at each adapter now. */
  frame: FrameReport | null;
  /** The whole run's figures, once it reached its end. */
  result: SimulationResult | null;
  progress: { fraction: number; phase: 'run' | 'fault' } | null;
  /** A request the worker could not do, in the user's words (the run goes on). */
  error: string | null;
  /** Why the worker stopped (status `failed`): the page offers a restart. */
  failure: string | null;
  /** The document being simulated, faults applied live included. */
  runDocument: Topology | null;
  /** The design was edited during the run: the run paused on the design it started with. */
  designChanged: boolean;
  /** Adapter utilization over time, from the frames (mutable; `seriesVersion` says when it changed). */
  series: LiveSeries | null;
  /** Throughput per class over time, MB/s, from the frames (same version). */
  throughput: LiveSeries | null;
  /** I/Os waiting at the servers that hold theirs back and in the switch pools, over time (queueSeries.ts); null without such a server. */
  queues: LiveSeries | null;
  seriesVersion: number;
};

export type SimulationSlice = {
  simulation: RunView;
  /** Play the run at the asked speed; the first time, or after an edit, on the current design from time 0. */
  playSimulation(): void;
  pauseSimulation(): void;
  /** Advance by `stepSeconds(duration)` of simulated time, then pause. */
  stepSimulation(): void;
  /** The current design from time 0, paused. */
  restartSimulation(): void;
  /** As fast as the engine goes, with progress; `cancelSimulationRun` stops it where it is. */
  runSimulationToEnd(): void;
  cancelSimulationRun(): void;
  setPlaybackSpeed(speed: number): void;
  /** Seed and duration are the document's (the numbers depend on them): an undoable edit. */
  setRunSettings(change: RunSettings, options?: EditOptions): ActionResult;
  /** Fail a node, link or port at the simulated time reached; the worker says when, the document records it. */
  failElement(target: string): void;
  recoverElement(target: string): void;
  dismissSimulationError(): void;
  /** Forget the run (a lesson step starts with none): the worker pauses, the page shows no figures. */
  clearSimulation(): void;
};

/** A step is a hundredth of the run: 0.1 s of a 10 s run. */
export const stepSeconds = (duration: number) => duration / 100;

const BUSY: ReadonlySet<SimulationStatus> = new Set(['playing', 'stepping', 'running']);

export const IDLE_RUN: RunView = {
  status: 'empty', time: 0, duration: 0, seed: 0, speed: 1, achievedSpeed: 0, layout: null, frame: null, result: null,
  progress: null, error: null, failure: null, runDocument: null, designChanged: false, series: null, throughput: null, queues: null, seriesVersion: 0,
};

function layoutOf({ adapterIds, linkIds, pools, serverIds = [] }: SimulationLayout, document: Topology | null): RunLayout {
  const indexOf = (ids: readonly string[]) => new Map(ids.map((id, i) => [id, i]));
  const holding = new Set(document?.nodes.filter((n) => n.kind === 'server' && holdsOwnIo(n)).map((n) => n.id));
  const heldServerIds = serverIds.filter((id) => holding.has(id));
  const servers = indexOf(serverIds);
  return {
    adapterIds, linkIds, pools, adapterIndex: indexOf(adapterIds), linkIndex: indexOf(linkIds),
    heldServerIds, heldServerIndex: new Map(heldServerIds.map((id) => [id, servers.get(id)!])),
  };
}

/**
 * The slice, driving the client `createClient` makes when first needed (a Worker in the app, a fake
 * in tests). The diagram takes a frame at most every `displayIntervalMs` (the frames between are
 * blended in); the charts' series take every frame.
 */
export function createSimulationSlice(createClient: () => SimulationClient, displayIntervalMs = DISPLAY_INTERVAL_MS): StateCreator<AppState, [], [], SimulationSlice> {
  return (set, get, api) => {
    let client: SimulationClient | null = null;
    const blender = new FrameBlender();
    let lastShown = Number.NEGATIVE_INFINITY;
    let showTimer: ReturnType<typeof setTimeout> | undefined;
    const run = () => get().simulation;
    const update = (patch: Partial<RunView>) => set({ simulation: { ...run(), ...patch } });

    function getClient(): SimulationClient {
      if (!client) {
        client = createClient();
        client.subscribe(receive);
      }
      return client;
    }

    /** A new run of the current document, at time 0, paused. */
    function load(): void {
      const document = get().document;
      update({ ...IDLE_RUN, status: 'loading', speed: run().speed, runDocument: document });
      getClient().load(document);
    }

    /** Whether the run on show is of the current design. */
    const isCurrent = () => run().runDocument !== null && !run().designChanged && run().status !== 'failed';

    function receive(event: SimulationEvent): void {
      // A run the page let go (a new design was opened) says nothing more, unless the worker broke.
      if (run().runDocument === null && !(event.type === 'status' && event.status === 'failed')) return;
      switch (event.type) {
        case 'status': return onStatus(event.status, event.message);
        case 'ready': {
          blender.reset();
          const layout = layoutOf(event.layout, run().runDocument);
          return update({
            layout, seed: event.seed, duration: event.duration,
            time: 0, frame: null, result: null, progress: null, series: new LiveSeries(event.layout.adapterIds),
            throughput: new LiveSeries(TRAFFIC_CLASSES), queues: createQueueSeries(layout), seriesVersion: run().seriesVersion + 1,
          });
        }
        case 'frame':
          run().series?.push(event.time, event.adapterUtilization);
          run().throughput?.push(event.time, event.classThroughput);
          run().queues?.push(event.time, queueCounts(run().layout!, event));
          blender.add(event);
          // A live fault's replay ends on a frame (it posts only progress until then): show it at once.
          if (run().progress?.phase === 'fault') return showFrame();
          return scheduleFrame();
        case 'progress': return update({ progress: { fraction: event.fraction, phase: event.phase } });
        case 'state':
          showFrame();
          return update({ time: event.time, ...(event.playback === 'running' ? {} : { progress: null }) });
        case 'done':
          showFrame();
          return update({ result: event.result });
        case 'faultApplied': return recordFault(event.fault, event.index, event.recover);
        case 'error': return update({ error: event.message });
      }
    }

    /** The frames blended since the last redraw, on the diagram now. */
    function showFrame(): void {
      if (showTimer !== undefined) clearTimeout(showTimer);
      showTimer = undefined;
      lastShown = Date.now();
      const frame = blender.take();
      if (!frame) return;
      update({
        frame, time: frame.time, achievedSpeed: frame.achievedSpeed, seriesVersion: run().seriesVersion + 1,
        ...(run().progress?.phase === 'fault' ? { progress: null } : {}),
      });
    }

    /** At once when the last redraw is old enough, else when it will be (the last frame always shows). */
    function scheduleFrame(): void {
      const wait = lastShown + displayIntervalMs - Date.now();
      if (wait <= 0) return showFrame();
      showTimer ??= setTimeout(showFrame, wait);
    }

    function onStatus(status: SimulationStatus, message: string | undefined): void {
      if (status === 'failed') return update({ status, failure: message ?? client?.failure ?? 'The simulation stopped.', progress: null });
      // A design the engine refused leaves no run: the error says why.
      if (status === 'empty') return update({ status, runDocument: null, layout: null, frame: null, series: null, throughput: null, queues: null });
      update({ status, failure: null });
    }

    /** The fault as the worker applied it, in the document (one undo step), so that a link replays the run. */
    function recordFault(fault: Parameters<typeof withLiveFault>[1], index: number, recover: boolean): void {
      const { document, simulation } = get();
      const runDocument = simulation.runDocument && withLiveFault(simulation.runDocument, fault, index, recover);
      const next = document === simulation.runDocument && runDocument ? runDocument : withLiveFault(document, fault, index, recover);
      set({ document: next, simulation: { ...simulation, runDocument } });
      const name = faultTargetName(next, fault.target);
      const at = `${Number((recover ? fault.until ?? 0 : fault.at).toFixed(3))} s`;
      get().notify('info', `${name} ${recover ? 'recovered' : 'failed'} at ${at} of simulated time. The design records it (Undo removes it), so a shared link replays it.`);
    }

    // Editing during a run: the run pauses on the design it started with, and the page offers to
    // restart with the new one (SimulationBanner). Undoing back to that design resumes the offer-free state.
    api.subscribe((state, previous) => {
      if (state.document === previous.document && state.loads === previous.loads) return;
      const current = state.simulation;
      if (current.runDocument === null) return;
      if (state.loads !== previous.loads) {
        // Another design was opened: this run is of nothing on screen any more.
        if (BUSY.has(current.status)) client?.pause();
        return set({ simulation: { ...IDLE_RUN, speed: current.speed } });
      }
      const changed = state.document !== current.runDocument;
      if (changed === current.designChanged) return;
      if (changed && current.status === 'running') client?.cancel();
      else if (changed && BUSY.has(current.status)) client?.pause();
      set({ simulation: { ...current, designChanged: changed } });
    });

    return {
      simulation: IDLE_RUN,
      playSimulation() {
        if (!isCurrent()) load();
        else if (run().status === 'done') getClient().restart();
        update({ error: null });
        getClient().play(run().speed);
      },
      pauseSimulation() {
        if (run().status === 'running') getClient().cancel();
        else getClient().pause();
      },
      stepSimulation() {
        if (!isCurrent()) load();
        else if (run().status === 'done') getClient().restart();
        update({ error: null });
        getClient().step(stepSeconds(get().document.settings.duration));
      },
      restartSimulation() {
        if (run().status === 'failed') {
          update({ failure: null, error: null });
          getClient().restart();
          return;
        }
        if (!isCurrent()) return load();
        update({ error: null, result: null });
        getClient().restart();
      },
      runSimulationToEnd() {
        if (!isCurrent()) load();
        else if (run().status === 'done') return;
        update({ error: null, progress: { fraction: run().duration > 0 ? run().time / run().duration : 0, phase: 'run' } });
        getClient().runToEnd();
      },
      cancelSimulationRun: () => getClient().cancel(),
      setPlaybackSpeed(speed) {
        const clamped = Math.min(MAX_SPEED, Math.max(MIN_SPEED, speed));
        if (!Number.isFinite(clamped) || clamped === run().speed) return;
        update({ speed: clamped });
        if (client && isCurrent()) client.setSpeed(clamped);
      },
      setRunSettings(change, options) {
        const result = withRunSettings(get().document, change);
        if (!result.ok) {
          if (!options?.quiet) get().notify('refusal', result.reason);
          return result;
        }
        if (result.topology !== get().document) set({ document: result.topology });
        return { ok: true };
      },
      failElement(target) {
        if (isCurrent()) getClient().injectFault(target);
      },
      recoverElement(target) {
        if (isCurrent()) getClient().injectFault(target, true);
      },
      dismissSimulationError: () => update({ error: null }),
      clearSimulation() {
        if (BUSY.has(run().status)) client?.pause();
        if (showTimer !== undefined) clearTimeout(showTimer);
        showTimer = undefined;
        blender.reset();
        set({ simulation: { ...IDLE_RUN, speed: run().speed } });
      },
    };
  };
}
