import { TRAFFIC_CLASSES, type Topology, type TrafficClass } from '../model/index.ts';
import { compile, type CompiledModel } from './compile.ts';
import { Engine } from './engine.ts';
import { buildResult, type SimulationResult } from './result.ts';
import { DEFAULT_MAX_EVENTS, EventBudgetError, MAX_IN_FLIGHT, PendingIoLimitError, mostOverloadedServer } from './runLimits.ts';

export { DEFAULT_MAX_EVENTS, EventBudgetError, MAX_IN_FLIGHT, PendingIoLimitError, RunLimitError } from './runLimits.ts';

export type SimulateOptions = {
  /** Override the document's settings (the CLI's --seed, --duration, --warmup). */
  seed?: number;
  duration?: number;
  warmup?: number;
  /** Refuse a run expected to need more events than this, and stop one that passes it. */
  maxEvents?: number;
  /** Stop a run with more I/Os in flight at once than this (MAX_IN_FLIGHT; tests lower it). */
  maxInFlight?: number;
};

/** Events between two looks at the I/Os in flight: the check costs nothing, the overshoot stays small. */
const EVENTS_PER_CHECK = 1 << 16;


/** What a frame reports: the state at `time`, with utilization over the span since the previous frame. */
export type Frame = {
  time: number;
  events: number;
  done: boolean;
  /** In `layout.adapterIds` order: busy fraction of the busiest port-direction since the last frame. */
  adapterUtilization: Float64Array;
  /** In `layout.linkIds` order (every link of the design). */
  linkUtilization: Float64Array;
  /** I/Os queued at or served by each adapter now. */
  adapterQueued: Int32Array;
  /** In `layout.pools` order: I/Os waiting in each pool's shared queue now (both directions). */
  poolQueued: Int32Array;
  /** In `layout.serverIds` order: I/Os waiting at each server now, held by its queue depth or cap (QoS). */
  serverQueued: Int32Array;
  /**
   * MB/s moved since the last frame per class (TRAFFIC_CLASSES order), as busy time times port rate
   * over the ports of that class: exact unless a port's IOPS ceiling, not its rate, set a service time.
   */
  classThroughput: Float64Array;
  inFlight: number;
};

/** A pool of ports sharing dispatch (a switch's pool of one class, or one dedicated adapter). */
export type PoolLayout = { id: string; switchId: string | null; trafficClass: TrafficClass; adapterIds: string[] };
/** `serverIds`: every server, in id order (absent from layouts written before QoS). */
export type SimulationLayout = { adapterIds: string[]; linkIds: string[]; pools: PoolLayout[]; serverIds?: string[] };

export type Simulation = {
  layout: SimulationLayout;
  readonly time: number;
  readonly done: boolean;
  /** Runs the simulation up to simulated time t (seconds) and reports the state there. */
  advanceTo(t: number): Frame;
  /** The figures of the whole run; only once `done`. */
  result(): SimulationResult;
};

function settingsOf(topology: Topology, options: SimulateOptions) {
  const duration = options.duration ?? topology.settings.duration;
  const warmup = options.warmup ?? (options.duration !== undefined && options.warmup === undefined ? duration / 10 : topology.settings.warmup);
  return { seed: options.seed ?? topology.settings.seed, duration, warmup, faults: topology.settings.faults };
}

/**
 * Events a run will need, roughly: each I/O is an arrival, one or two stage completions and a delay
 * (and, for a capped server, a wait for tokens); a bursty stream also switches on and off twice per
 * on/off cycle (short cycles cost events too).
 */
export function expectedEvents(model: CompiledModel, duration: number): number {
  const perSecond = model.streams.reduce((sum, s) => sum + s.rate * (s.routeCables.some((c) => c >= 0) ? 4 : 3) + tokenEventsPerSecond(s) + (s.bursty ? 2 / (s.meanOn + s.meanOff) : 0), 0);
  return perSecond * duration;
}

/** A capped stream may wait for tokens once per I/O (qos/admission.ts): one event more per I/O. */
function tokenEventsPerSecond(s: CompiledModel['streams'][number]): number {
  return s.qos && (s.qos.capBytesPerSecond > 0 || s.qos.capIops > 0) ? s.rate : 0;
}

/** A run that can be advanced step by step, as the worker streams it. */
export function createSimulation(topology: Topology, options: SimulateOptions = {}): Simulation {
  const settings = settingsOf(topology, options);
  if (!(settings.warmup >= 0 && settings.warmup < settings.duration)) {
    throw new RangeError(`The warm-up (${settings.warmup} s) must be shorter than the duration (${settings.duration} s).`);
  }
  const model = compile(topology);
  const budget = options.maxEvents ?? DEFAULT_MAX_EVENTS;
  const maxInFlight = options.maxInFlight ?? MAX_IN_FLIGHT;
  const expected = expectedEvents(model, settings.duration);
  if (expected > budget) throw new EventBudgetError(expected, budget);
  const engine = new Engine(model, settings);
  const adapterIds = model.adapters.map((a) => a.id);
  const linkIds = topology.links.map((l) => l.id);
  const pools = model.pools.map((pool) => ({
    id: pool.id, switchId: pool.switchId, trafficClass: pool.trafficClass,
    adapterIds: [...new Set(pool.ports.map((p) => model.adapters[model.ports[p]!.adapter]!.id))],
  }));
  const frames = createFrameMaker(engine, topology);

  return {
    layout: { adapterIds, linkIds, pools, serverIds: frames.serverIds },
    get time() { return engine.now; },
    get done() { return engine.done; },
    advanceTo(t: number) {
      // In slices, so that an overloaded run stops at the cap of I/Os in flight, not at the memory's end.
      do {
        engine.runUntil(t, Math.min(EVENTS_PER_CHECK, budget - engine.events));
        if (engine.ios.inFlight > maxInFlight) {
          const worst = mostOverloadedServer(model, engine.ios);
          const label = topology.nodes.find((n) => n.id === worst.serverId)?.label;
          const held = engine.path.admission?.held.reduce((sum, queue, i) => sum + (model.streams[i]!.serverId === worst.serverId ? queue.length : 0), 0) ?? 0;
          throw new PendingIoLimitError(engine.now, engine.ios.inFlight, maxInFlight, worst.serverId, worst.inFlight, label ? `${label} (${worst.serverId})` : worst.serverId, held * 2 > worst.inFlight);
        }
      } while (engine.events < budget && !engine.done && engine.now < Math.min(t, settings.duration));
      if (engine.events >= budget && !engine.done) throw new EventBudgetError(engine.events, budget);
      return frames();
    },
    result() {
      if (!engine.done) throw new Error('The run has not reached its duration yet: advance it first.');
      return buildResult(topology, engine);
    },
  };
}

function createFrameMaker(engine: Engine, topology: Topology): (() => Frame) & { serverIds: string[] } {
  const { model, resources } = engine;
  const serverIds = [...new Set(model.streams.map((s) => s.serverId))];
  const serverOfStream = Int32Array.from(model.streams, (s) => serverIds.indexOf(s.serverId));
  const previousBusy = new Float64Array(resources.count);
  let previousTime = 0;
  const cableOfLink = new Map(model.cables.map((c, i) => [c.linkId, i]));
  const adapterOfLink = new Map(model.adapters.map((a, i) => [a.fabricLinkId, i]));
  const make = () => {
    const t = engine.now;
    const span = t - previousTime;
    const busy = new Float64Array(resources.count);
    for (let r = 0; r < resources.count; r++) {
      const total = resources.busyUntil(r, t);
      busy[r] = span > 0 ? (total - previousBusy[r]!) / span : 0;
      previousBusy[r] = total;
    }
    previousTime = t;
    const adapterUtilization = Float64Array.from(model.adapters, (a) => Math.max(0, ...a.ports.flatMap((p) => [busy[2 * p]!, busy[2 * p + 1]!])));
    const linkUtilization = Float64Array.from(topology.links, (link) => {
      const c = cableOfLink.get(link.id);
      if (c !== undefined) return Math.max(busy[engine.cableBase + 2 * c]!, busy[engine.cableBase + 2 * c + 1]!);
      const a = adapterOfLink.get(link.id);
      return a === undefined ? 0 : adapterUtilization[a]!;
    });
    const adapterQueued = Int32Array.from(model.adapters, (a) => a.ports.reduce((s, p) => s + resources.occupancy[2 * p]! + resources.occupancy[2 * p + 1]!, 0));
    const fair = engine.path.fair;
    const poolQueued = Int32Array.from(model.pools, (_, p) => engine.sharedQueues[2 * p]!.length + engine.sharedQueues[2 * p + 1]!.length
      + (fair ? fair.queuedAt(2 * p) + fair.queuedAt(2 * p + 1) : 0));
    const classThroughput = new Float64Array(TRAFFIC_CLASSES.length);
    model.ports.forEach((port, p) => {
      // A port on no route (its adapter reaches no fabric, or no server uses it) carries nothing.
      const pool = model.pools[port.pool];
      if (!pool) return;
      const c = TRAFFIC_CLASSES.indexOf(pool.trafficClass);
      classThroughput[c] = classThroughput[c]! + ((busy[2 * p]! + busy[2 * p + 1]!) * port.rate) / 1e6;
    });
    const serverQueued = new Int32Array(serverIds.length);
    engine.path.admission?.held.forEach((held, s) => { const i = serverOfStream[s]!; serverQueued[i] = serverQueued[i]! + held.length; });
    return { time: t, events: engine.events, done: engine.done, adapterUtilization, linkUtilization, adapterQueued, poolQueued, serverQueued, classThroughput, inFlight: engine.ios.inFlight };
  };
  return Object.assign(make, { serverIds });
}

/** Runs a design to its duration and gives its figures. */
export function simulate(topology: Topology, options: SimulateOptions = {}): SimulationResult {
  const simulation = createSimulation(topology, options);
  simulation.advanceTo(Infinity);
  return simulation.result();
}
