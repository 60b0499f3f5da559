import { DOWN as DOWN_, UP as UP_, type CompiledModel } from './compile.ts';
import { EVENT_KIND } from './eventKinds.ts';
import type { EventQueue } from './eventQueue.ts';
import { TimedFifo } from './fifo.ts';
import { IoTable } from './ioTable.ts';
import { Admission } from './qos/admission.ts';
import { FairDispatch } from './qos/fairDispatch.ts';
import { ResourceTable } from './resources.ts';
import { BATCHES as BATCHES_ } from './stats/batchMeans.ts';
import { IoStats } from './stats/ioStats.ts';
import type { WindowStats } from './stats/windowStats.ts';

// Module-local copies: under Node's TypeScript loaders an imported binding is a getter call on
// every use, which costs a tenth of the event loop's time.
const UP = UP_;
const DOWN = DOWN_;
const BATCHES = BATCHES_;
const { STAGE_DONE, DELAY_END } = EVENT_KIND;

const SHARED_QUEUE = 0;
const LEAST_LOADED = 1;
const STATIC = 2;
const POLICY_CODE = { 'shared-queue': SHARED_QUEUE, 'least-loaded': LEAST_LOADED, static: STATIC } as const;

/**
 * An I/O's path from its arrival to its completion (SIMULATION.md, "The path of an I/O"): the
 * route it takes, dispatch in a pool, the port and cable stages with their queues, the fixed
 * latencies after them, and the figures each completion adds. It owns the resources (ports and
 * PCIe cables, per direction), the I/Os in flight and the statistics; faults change what is live
 * here (engineFaults.ts). State lives in typed arrays indexed by number and nothing allocates.
 */
export class IoPath {
  readonly model: CompiledModel;
  readonly ios = new IoTable();
  readonly resources: ResourceTable;
  /** Resources below cableBase are port directions (2 × port + direction), the rest cable directions. */
  readonly cableBase: number;
  readonly streamStats: IoStats;
  readonly poolStats: IoStats;
  readonly warmup: number;
  /** Per stream: the indices of the routes carrying its I/O now (failover). */
  active: number[][];
  /** One FCFS queue per pool and direction, used by `shared-queue` (and dedicated adapters). */
  readonly sharedQueues: TimedFifo[];
  /** The figures of each fault window; null in a run without faults (nothing to record). */
  windows: WindowStats | null = null;
  readonly poolLivePorts: Int32Array;
  /**
   * QoS (qos/): the server-side queues of streams with a depth or a cap, and the fair queues of
   * pools whose servers have QoS. Null in a run without either, which then takes none of their branches.
   */
  readonly admission: Admission | null;
  readonly fair: FairDispatch | null;
  /** Per stream: 1 when its I/Os pass through `admission`. */
  readonly streamGated: Uint8Array;
  /** Per pool: 1 when it dispatches through `fair`. */
  private readonly poolFair: Uint8Array;
  private readonly queue: EventQueue;
  private readonly roundRobin: Int32Array;
  private readonly poolPolicy: Uint8Array;
  /** Per stream and route: the server's place in the pool's id order, for `static` binding. */
  private readonly staticSlot: number[][];
  /** Hot-path tables, copied out of the compiled model's objects. */
  private readonly portPool: Int32Array;
  /** Per stream: its traffic class as an index (TRAFFIC_CLASSES order), for the fault windows. */
  private readonly streamClass: Uint8Array;
  private readonly portDelay: Float64Array;
  private readonly poolHopDelay: Float64Array;
  private readonly batchLength: number;

  constructor(model: CompiledModel, queue: EventQueue, run: { duration: number; warmup: number }) {
    this.model = model;
    this.queue = queue;
    this.warmup = run.warmup;
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
    this.streamStats = new IoStats(streams.length, 'group');
    this.poolStats = new IoStats(pools.length, 'direction');
    this.roundRobin = new Int32Array(streams.length);
    this.active = streams.map((stream) => stream.routes.map((_, r) => r));
    this.sharedQueues = Array.from({ length: pools.length * 2 }, () => new TimedFifo(run.warmup));
    this.streamClass = Uint8Array.from(streams, (stream) => (stream.trafficClass === 'storage' ? 0 : 1));
    this.poolPolicy = Uint8Array.from(pools, (pool) => POLICY_CODE[pool.policy]);
    this.poolLivePorts = Int32Array.from(pools, (pool) => pool.ports.length);
    this.staticSlot = streams.map((stream) => stream.routePools.map((p) => pools[p]!.serverIds.indexOf(stream.serverId)));
    this.portPool = Int32Array.from(ports, (port) => port.pool);
    this.portDelay = Float64Array.from(ports, (port) => port.delay);
    this.poolHopDelay = Float64Array.from(pools, (pool) => pool.hopDelay);
    this.batchLength = (run.duration - run.warmup) / BATCHES;
    this.poolFair = Uint8Array.from(pools, (pool) => (pool.fair ? 1 : 0));
    this.fair = this.poolFair.includes(1) ? new FairDispatch(model, this.ios, run.warmup) : null;
    const admission = new Admission(model, queue, this, run.duration);
    this.admission = admission.gated.includes(1) ? admission : null;
    this.streamGated = this.admission ? admission.gated : new Uint8Array(streams.length);
  }

  /** Sends an I/O down the next active route (alternating between pools), from its first stage. */
  route(io: number, t: number): void {
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
    if (this.poolFair[p]) {
      this.fair!.dispatch(this, io, p, d, t);
      return;
    }
    const ports = this.model.pools[p]!.ports;
    const policy = this.poolPolicy[p];
    let chosen = -1;
    if (policy === SHARED_QUEUE) {
      for (let i = 0; i < ports.length; i++) {
        const r = 2 * ports[i]! + d;
        if (resources.live[r] && resources.busyIo[r]! < 0) { chosen = r; break; }
      }
      if (chosen < 0) {
        this.sharedQueues[2 * p + d]!.pushAt(io, t);
        return;
      }
    } else if (policy === LEAST_LOADED) {
      let fewest = Infinity;
      for (let i = 0; i < ports.length; i++) {
        const r = 2 * ports[i]! + d;
        if (resources.live[r] && resources.occupancy[r]! < fewest) { fewest = resources.occupancy[r]!; chosen = r; }
      }
    } else {
      chosen = this.boundPort(io, ports, d);
    }
    resources.changeOccupancy(chosen, 1, t, this.warmup);
    if (resources.busyIo[chosen]! < 0) this.startService(chosen, io, t);
    else resources.queues[chosen]!.push(io);
  }

  /** The live port a `static` pool binds the I/O's server to in direction d (the next live one after it). */
  boundPort(io: number, ports: readonly number[], d: number): number {
    const slot = this.staticSlot[this.ios.stream[io]!]![this.ios.route[io]!]!;
    for (let j = 0; j < ports.length; j++) {
      const r = 2 * ports[(slot + j) % ports.length]! + d;
      if (this.resources.live[r]) return r;
    }
    return -1;
  }

  /** Resource r starts serving the I/O (also called by the fair dispatch). */
  startService(r: number, io: number, t: number): void {
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

  /** A STAGE_DONE event: the I/O leaves its resource for its next stage, or its fixed latencies. */
  stageDone(io: number, t: number): void {
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
      if (this.poolFair[p]) {
        this.fair!.serve(this, r, p, t);
        return;
      }
      const shared = this.sharedQueues[2 * p + (r & 1)]!;
      if (this.poolPolicy[p] === SHARED_QUEUE && shared.length > 0) {
        resources.changeOccupancy(r, 1, t, this.warmup);
        this.startService(r, shared.shiftAt(t), t);
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

  /** The I/O is done (a DELAY_END event, or its last stage when there is no fixed latency). */
  complete(io: number, t: number): void {
    const { ios } = this;
    const s = ios.stream[io]!;
    if (t >= this.warmup) {
      const response = t - ios.arrival[io]!;
      this.streamStats.record(s, ios.direction[io]!, response, ios.wait[io]!, ios.bytes[io]!, this.batchOf(t));
      if (this.windows !== null) this.windows.complete(this.streamClass[s]!, response, ios.wait[io]!, ios.bytes[io]!);
      if (this.streamGated[s]) this.admission!.recordCompletion(s, ios.serverWait[io]!);
    }
    ios.release(io);
    if (this.streamGated[s]) this.admission!.release(s, t);
  }

  private fail(io: number, t: number): void {
    const { ios } = this;
    const s = ios.stream[io]!;
    if (t >= this.warmup) {
      const k = 2 * s + ios.direction[io]!;
      this.streamStats.failed[k] = this.streamStats.failed[k]! + 1;
      if (this.windows !== null) this.windows.fail(this.streamClass[s]!);
    }
    ios.release(io);
    if (this.streamGated[s]) this.admission!.release(s, t);
  }

  /** An I/O whose element failed: counted, and sent on by the routing as it stands now. */
  retry(io: number, t: number): void {
    const { ios } = this;
    if (t >= this.warmup) {
      const k = 2 * ios.stream[io]! + ios.direction[io]!;
      this.streamStats.retried[k] = this.streamStats.retried[k]! + 1;
      if (this.windows !== null) this.windows.retry(this.streamClass[ios.stream[io]!]!);
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
}
