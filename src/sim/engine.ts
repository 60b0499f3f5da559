import { DOWN as DOWN_, UP as UP_, type CompiledModel } from './compile.ts';
import { EventQueue, type PoppedEvent } from './eventQueue.ts';
import { FaultSchedule } from './faultSchedule.ts';
import { Fifo } from './fifo.ts';
import { IoTable } from './ioTable.ts';
import { createStream, exponential as exponential_, uniform as uniform_, type RandomStream } from './random.ts';
import { ResourceTable } from './resources.ts';
import { BATCHES as BATCHES_ } from './stats/batchMeans.ts';
import { IoStats } from './stats/ioStats.ts';
import { SeriesSet } from './stats/series.ts';
import { applyFaultChange as applyFaultChange_ } from './engineFaults.ts';
import { closeAccounts as closeAccounts_, sampleSeries as sampleSeries_ } from './engineSeries.ts';

// Module-local copies: under Node's TypeScript loaders an imported binding is a getter call on
// every use, which costs a tenth of the event loop's time.
const UP = UP_;
const DOWN = DOWN_;
const BATCHES = BATCHES_;
const exponential = exponential_;
const uniform = uniform_;
const applyFaultChange = applyFaultChange_;
const sampleSeries = sampleSeries_;
const closeAccounts = closeAccounts_;

const ARRIVAL = 0;
const STAGE_DONE = 1;
const DELAY_END = 2;
const FAULT = 3;
const ON_OFF = 4;
const TICK = 5;

const SHARED_QUEUE = 0;
const LEAST_LOADED = 1;
const STATIC = 2;
const POLICY_CODE = { 'shared-queue': SHARED_QUEUE, 'least-loaded': LEAST_LOADED, static: STATIC } as const;

export type EngineOptions = {
  seed: number;
  duration: number;
  warmup: number;
  faults: readonly { at: number; until?: number; target: string }[];
};

/** The first series step, seconds; it doubles whenever a series fills (SIMULATION.md). */
const FIRST_SERIES_STEP = 0.01;

/**
 * The discrete-event engine: every server's I/O through the stages of its route (SIMULATION.md,
 * "The path of an I/O"). State lives in typed arrays indexed by number and the hot path allocates
 * nothing. `runUntil` may be called with any chunking: events at one time pop in the order they
 * were scheduled, and nothing depends on where a chunk ends.
 */
export class Engine {
  readonly model: CompiledModel;
  readonly options: EngineOptions;
  readonly queue = new EventQueue();
  readonly ios = new IoTable();
  readonly resources: ResourceTable;
  readonly cableBase: number;
  readonly streamStats: IoStats;
  readonly poolStats: IoStats;
  readonly series: SeriesSet;
  readonly faults: FaultSchedule;
  now = 0;
  events = 0;
  private readonly popped: PoppedEvent = { time: 0, kind: 0, subject: 0, token: 0 };
  private readonly rngs: RandomStream[];
  private readonly streamOn: Uint8Array;
  private readonly arrivalToken: Int32Array;
  private readonly roundRobin: Int32Array;
  /** Per stream: the indices of the routes carrying its I/O now (failover). Engine-internal, as are the fields below without `private`. */
  active: number[][];
  /** One FCFS queue per pool and direction, used by `shared-queue` (and dedicated adapters). */
  readonly sharedQueues: Fifo[];
  private readonly poolPolicy: Uint8Array;
  readonly poolLivePorts: Int32Array;
  /** Per stream and route: the server's place in the pool's id order, for `static` binding. */
  private readonly staticSlot: number[][];
  readonly seriesSamples: Float64Array;
  /** Hot-path tables, copied out of the compiled model's objects. */
  private readonly portPool: Int32Array;
  private readonly portDelay: Float64Array;
  private readonly poolHopDelay: Float64Array;
  private readonly streamOnRate: Float64Array;
  private readonly streamUpShare: Float64Array;
  private readonly streamMeanBytes: Float64Array;
  private readonly streamFixedSizes: Uint8Array;
  lastTick = 0;
  private readonly batchLength: number;
  readonly warmup: number;

  constructor(model: CompiledModel, options: EngineOptions) {
    this.model = model;
    this.options = options;
    this.warmup = options.warmup;
    const { ports, cables, streams, pools } = model;
    this.cableBase = ports.length * 2;
    this.resources = new ResourceTable(this.cableBase + cables.length * 2);
    ports.forEach((port, i) => {
      for (const d of [UP, DOWN]) {
        this.resources.rate[2 * i + d] = port.rate;
        this.resources.minService[2 * i + d] = port.minService;
      }
    });
    cables.forEach((cable, i) => {
      for (const d of [UP, DOWN]) this.resources.rate[this.cableBase + 2 * i + d] = cable.rate;
    });
    this.streamStats = new IoStats(streams.length, true);
    this.poolStats = new IoStats(pools.length, false);
    this.series = new SeriesSet(model.adapters.length + cables.length, FIRST_SERIES_STEP);
    this.seriesSamples = new Float64Array(model.adapters.length + cables.length);
    this.rngs = streams.map((stream) => createStream(options.seed, stream.name));
    this.streamOn = new Uint8Array(streams.length).fill(1);
    this.arrivalToken = new Int32Array(streams.length);
    this.roundRobin = new Int32Array(streams.length);
    this.active = streams.map((stream) => stream.routes.map((_, r) => r));
    this.sharedQueues = Array.from({ length: pools.length * 2 }, () => new Fifo());
    this.poolPolicy = Uint8Array.from(pools, (pool) => POLICY_CODE[pool.policy]);
    this.poolLivePorts = Int32Array.from(pools, (pool) => pool.ports.length);
    this.staticSlot = streams.map((stream) => stream.routePools.map((p) => pools[p]!.serverIds.indexOf(stream.serverId)));
    this.faults = new FaultSchedule(options.faults, model.faultExpansion);
    this.portPool = Int32Array.from(ports, (port) => port.pool);
    this.portDelay = Float64Array.from(ports, (port) => port.delay);
    this.poolHopDelay = Float64Array.from(pools, (pool) => pool.hopDelay);
    // While on, a bursty stream arrives at λ(on+off)/on, so that its mean stays λ.
    this.streamOnRate = Float64Array.from(streams, (stream) => (stream.bursty ? (stream.rate * (stream.meanOn + stream.meanOff)) / stream.meanOn : stream.rate));
    this.streamUpShare = Float64Array.from(streams, (stream) => stream.upShare);
    this.streamMeanBytes = Float64Array.from(streams, (stream) => stream.meanBytes);
    this.streamFixedSizes = Uint8Array.from(streams, (stream) => (stream.fixedSizes ? 1 : 0));
    this.batchLength = (options.duration - options.warmup) / BATCHES;
    this.scheduleStart();
  }

  get duration(): number {
    return this.options.duration;
  }

  get done(): boolean {
    return this.now >= this.options.duration;
  }

  /** Processes every event up to `time` (at most the duration), or until `maxEvents` have popped. */
  runUntil(time: number, maxEvents = Infinity): void {
    const end = Math.min(time, this.options.duration);
    const { queue, popped } = this;
    let budget = maxEvents;
    while (queue.size > 0 && queue.peekTime() <= end && budget-- > 0) {
      queue.pop(popped);
      this.events++;
      this.now = popped.time;
      this.handle(popped.kind, popped.subject, popped.token, popped.time);
    }
    if (budget < 0 || (queue.size > 0 && queue.peekTime() <= end)) return;
    this.now = end;
    if (this.done) this.finish();
  }

  private handle(kind: number, subject: number, token: number, t: number): void {
    switch (kind) {
      case ARRIVAL: if (token === this.arrivalToken[subject]) this.arrive(subject, t); break;
      case STAGE_DONE: if (token === this.ios.generation[subject]) this.stageDone(subject, t); break;
      case DELAY_END: if (token === this.ios.generation[subject]) this.complete(subject, t); break;
      case FAULT: applyFaultChange(this, subject, t); break;
      case ON_OFF: this.toggle(subject, t); break;
      case TICK: this.tick(t); break;
      default: break;
    }
  }

  // ---- start ------------------------------------------------------------------------------

  private scheduleStart(): void {
    this.model.streams.forEach((stream, s) => {
      const rng = this.rngs[s]!;
      if (stream.bursty) {
        // The on/off state starts from its stationary distribution.
        const on = uniform(rng) < stream.meanOn / (stream.meanOn + stream.meanOff);
        this.streamOn[s] = on ? 1 : 0;
        this.queue.push(exponential(rng, on ? stream.meanOn : stream.meanOff), ON_OFF, s);
      }
      if (this.streamOn[s]) this.scheduleArrival(s, 0);
    });
    this.faults.changes.forEach((change, i) => this.queue.push(change.time, FAULT, i));
    this.queue.push(Math.min(FIRST_SERIES_STEP, this.options.duration), TICK, 0);
  }

  private scheduleArrival(s: number, t: number): void {
    const rate = this.streamOnRate[s]!;
    if (rate > 0) this.queue.push(t + exponential(this.rngs[s]!, 1 / rate), ARRIVAL, s, this.arrivalToken[s]!);
  }

  private toggle(s: number, t: number): void {
    const stream = this.model.streams[s]!;
    const on = this.streamOn[s] === 0;
    this.streamOn[s] = on ? 1 : 0;
    this.arrivalToken[s] = this.arrivalToken[s]! + 1;
    if (on) this.scheduleArrival(s, t);
    this.queue.push(t + exponential(this.rngs[s]!, on ? stream.meanOn : stream.meanOff), ON_OFF, s);
  }

  // ---- an I/O's life ----------------------------------------------------------------------

  private arrive(s: number, t: number): void {
    const rng = this.rngs[s]!;
    const { ios } = this;
    const io = ios.allocate();
    ios.stream[io] = s;
    ios.direction[io] = uniform(rng) < this.streamUpShare[s]! ? UP : DOWN;
    ios.bytes[io] = this.streamFixedSizes[s] ? this.streamMeanBytes[s]! : exponential(rng, this.streamMeanBytes[s]!);
    ios.arrival[io] = t;
    this.scheduleArrival(s, t);
    this.route(io, t);
  }

  /** Sends an I/O down the next active route (alternating between pools), from its first stage. */
  private route(io: number, t: number): void {
    const { ios } = this;
    const s = ios.stream[io]!;
    const choices = this.active[s]!;
    if (choices.length === 0) {
      this.fail(io, t);
      return;
    }
    const r = choices[this.roundRobin[s]! % choices.length]!;
    this.roundRobin[s] = this.roundRobin[s]! + 1;
    const stream = this.model.streams[s]!;
    ios.route[io] = r;
    ios.pool[io] = stream.routePools[r]!;
    ios.cable[io] = stream.routeCables[r]!;
    ios.stage[io] = 0;
    this.enterStage(io, t);
  }

  private isPortStage(io: number): boolean {
    const { ios } = this;
    return ios.cable[io]! < 0 || (ios.direction[io] === UP ? ios.stage[io] === 0 : ios.stage[io] === 1);
  }

  private enterStage(io: number, t: number): void {
    this.ios.stageStart[io] = t;
    if (this.isPortStage(io)) this.dispatchToPort(io, t);
    else this.enterCable(io, t);
  }

  private enterCable(io: number, t: number): void {
    const { ios, resources } = this;
    const r = this.cableBase + 2 * ios.cable[io]! + ios.direction[io]!;
    if (!resources.live[r]) {
      this.retry(io, t);
      return;
    }
    resources.changeOccupancy(r, 1, t, this.warmup);
    if (resources.busyIo[r]! < 0) this.startService(r, io, t);
    else resources.queues[r]!.push(io);
  }

  /** Dispatch in the pool, by its policy (SIMULATION.md, "Dispatch in a pool"). */
  private dispatchToPort(io: number, t: number): void {
    const { ios, resources } = this;
    const p = ios.pool[io]!;
    if (this.poolLivePorts[p] === 0) {
      this.retry(io, t);
      return;
    }
    const d = ios.direction[io]!;
    const ports = this.model.pools[p]!.ports;
    const policy = this.poolPolicy[p];
    let chosen = -1;
    if (policy === SHARED_QUEUE) {
      for (let i = 0; i < ports.length; i++) {
        const r = 2 * ports[i]! + d;
        if (resources.live[r] && resources.busyIo[r]! < 0) { chosen = r; break; }
      }
      if (chosen < 0) {
        this.sharedQueues[2 * p + d]!.push(io);
        return;
      }
    } else if (policy === LEAST_LOADED) {
      let fewest = Infinity;
      for (let i = 0; i < ports.length; i++) {
        const r = 2 * ports[i]! + d;
        if (resources.live[r] && resources.occupancy[r]! < fewest) { fewest = resources.occupancy[r]!; chosen = r; }
      }
    } else {
      const slot = this.staticSlot[ios.stream[io]!]![ios.route[io]!]!;
      for (let j = 0; j < ports.length; j++) {
        const r = 2 * ports[(slot + j) % ports.length]! + d;
        if (resources.live[r]) { chosen = r; break; }
      }
    }
    resources.changeOccupancy(chosen, 1, t, this.warmup);
    if (resources.busyIo[chosen]! < 0) this.startService(chosen, io, t);
    else resources.queues[chosen]!.push(io);
  }

  private startService(r: number, io: number, t: number): void {
    const { ios, resources } = this;
    const waited = t - ios.stageStart[io]!;
    ios.wait[io] = ios.wait[io]! + waited;
    if (r < this.cableBase) {
      ios.portWait[io] = ios.portWait[io]! + waited;
      ios.port[io] = r >> 1;
    }
    ios.stageStart[io] = t;
    ios.resource[io] = r;
    resources.busyIo[r] = io;
    resources.busyMark[r] = t;
    const transfer = ios.bytes[io]! / resources.rate[r]!;
    const service = transfer > resources.minService[r]! ? transfer : resources.minService[r]!;
    this.queue.push(t + service, STAGE_DONE, io, ios.generation[io]!);
  }

  private stageDone(io: number, t: number): void {
    const { ios, resources } = this;
    const r = ios.resource[io]!;
    const served = t - ios.stageStart[io]!;
    ios.service[io] = ios.service[io]! + served;
    resources.accountBusy(r, t, this.warmup);
    resources.changeOccupancy(r, -1, t, this.warmup);
    resources.busyIo[r] = -1;
    ios.resource[io] = -1;
    if (t >= this.warmup) {
      resources.windowBytes[r] = resources.windowBytes[r]! + ios.bytes[io]!;
      resources.windowCompletions[r] = resources.windowCompletions[r]! + 1;
    }
    if (r < this.cableBase) {
      ios.portService[io] = ios.portService[io]! + served;
      if (t >= this.warmup) {
        this.poolStats.record(ios.pool[io]!, ios.direction[io]!, ios.portWait[io]! + ios.portService[io]!, ios.portWait[io]!, ios.bytes[io]!, this.batchOf(t));
      }
    }
    this.serveNext(r, t);
    ios.stage[io] = ios.stage[io]! + 1;
    if (ios.cable[io]! >= 0 && ios.stage[io]! < 2) this.enterStage(io, t);
    else this.leaveStages(io, t);
  }

  /** A freed resource takes the head of its pool's shared queue, or else of its own queue. */
  serveNext(r: number, t: number): void {
    const { resources } = this;
    if (!resources.live[r] || resources.busyIo[r]! >= 0) return;
    if (r < this.cableBase) {
      const port = r >> 1;
      const p = this.portPool[port]!;
      const shared = this.sharedQueues[2 * p + (r & 1)]!;
      if (this.poolPolicy[p] === SHARED_QUEUE && shared.length > 0) {
        resources.changeOccupancy(r, 1, t, this.warmup);
        this.startService(r, shared.shift(), t);
        return;
      }
    }
    const own = resources.queues[r]!;
    if (own.length > 0) this.startService(r, own.shift(), t);
  }

  /** Fixed latencies are pure delays after the stages. */
  private leaveStages(io: number, t: number): void {
    const { ios } = this;
    const delay = this.portDelay[ios.port[io]!]! + this.poolHopDelay[ios.pool[io]!]!;
    if (delay > 0) this.queue.push(t + delay, DELAY_END, io, ios.generation[io]!);
    else this.complete(io, t);
  }

  private complete(io: number, t: number): void {
    const { ios } = this;
    if (t >= this.warmup) {
      this.streamStats.record(ios.stream[io]!, ios.direction[io]!, t - ios.arrival[io]!, ios.wait[io]!, ios.bytes[io]!, this.batchOf(t));
    }
    ios.release(io);
  }

  private fail(io: number, t: number): void {
    const { ios } = this;
    if (t >= this.warmup) {
      const k = 2 * ios.stream[io]! + ios.direction[io]!;
      this.streamStats.failed[k] = this.streamStats.failed[k]! + 1;
    }
    ios.release(io);
  }

  /** An I/O whose element failed: counted, and sent on by the routing as it stands now. */
  retry(io: number, t: number): void {
    const { ios } = this;
    if (t >= this.warmup) {
      const k = 2 * ios.stream[io]! + ios.direction[io]!;
      this.streamStats.retried[k] = this.streamStats.retried[k]! + 1;
    }
    const stillActive = this.active[ios.stream[io]!]!.includes(ios.route[io]!);
    if (stillActive && this.isPortStage(io) && this.poolLivePorts[ios.pool[io]!]! > 0) {
      ios.stageStart[io] = t;
      this.dispatchToPort(io, t);
    } else {
      this.route(io, t);
    }
  }

  private batchOf(t: number): number {
    const batch = Math.floor((t - this.warmup) / this.batchLength);
    return batch < BATCHES ? batch : BATCHES - 1;
  }

  // ---- series and the end -----------------------------------------------------------------

  private tick(t: number): void {
    const next = sampleSeries(this, t);
    if (next !== undefined) this.queue.push(next, TICK, 0);
  }

  private finished = false;

  private finish(): void {
    if (this.finished) return;
    this.finished = true;
    closeAccounts(this);
  }
}
