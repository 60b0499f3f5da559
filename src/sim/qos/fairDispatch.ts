import type { CompiledModel } from '../compile.ts';
import type { IoTable } from '../ioTable.ts';
import type { ResourceTable } from '../resources.ts';
import { FairQueue, type FairContext } from './fairQueue.ts';
import { TokenBuckets } from './tokenBuckets.ts';

/** What the fair dispatch needs of the I/O path (ioPath.ts, which owns it). */
export type FairPath = {
  readonly model: CompiledModel;
  readonly resources: ResourceTable;
  readonly warmup: number;
  boundPort(io: number, ports: readonly number[], d: number): number;
  startService(r: number, io: number, t: number): void;
};

/**
 * The fair queues of a run's fair pools (docs/simulation.md, "QoS"): with `shared-queue` and
 * `least-loaded` one per pool and direction at the pool's dispatcher, feeding the first idle port
 * (least-loaded would otherwise commit I/Os to a port's FIFO, where no weight can act); with
 * `static` one per port and direction, among the servers bound to that port.
 */
export class FairDispatch {
  /** Per pool and direction (2p + d): its queue, or -1 (not fair, or `static`). */
  readonly ofPool: Int32Array;
  /** Per port resource (2 × port + d): its queue under `static`, or -1. */
  readonly ofResource: Int32Array;
  readonly queues: FairQueue[] = [];
  readonly context: FairContext;

  constructor(model: CompiledModel, ios: IoTable, warmup: number) {
    const { streams, pools, ports } = model;
    this.context = {
      ios,
      weight: Float64Array.from(streams, (s) => s.qos?.weight ?? 1),
      guarantees: new TokenBuckets(streams.map((s) => s.qos?.guaranteeBytesPerSecond ?? 0), streams.map((s) => s.qos?.guaranteeBurstBytes ?? 0)),
      guaranteedBytes: new Float64Array(streams.length),
      warmup,
    };
    this.ofPool = new Int32Array(pools.length * 2).fill(-1);
    this.ofResource = new Int32Array(ports.length * 2).fill(-1);
    pools.forEach((pool, p) => {
      if (!pool.fair) return;
      if (pool.policy === 'static') {
        for (const port of pool.ports) for (let d = 0; d < 2; d++) this.ofResource[2 * port + d] = this.add();
      } else {
        for (let d = 0; d < 2; d++) this.ofPool[2 * p + d] = this.add();
      }
    });
  }

  /**
   * Dispatch in a fair pool: the I/O joins its fair queue, at the pool's dispatcher or, under
   * `static`, at its bound port (where it counts in the port's occupancy, as it would in the port's
   * FIFO); an idle port then takes the queue's next I/O.
   */
  dispatch(path: FairPath, io: number, p: number, d: number, t: number): void {
    const { resources, warmup } = path;
    const ports = path.model.pools[p]!.ports;
    if (path.model.pools[p]!.policy === 'static') {
      const r = path.boundPort(io, ports, d);
      const queue = this.queues[this.ofResource[r]!]!;
      resources.changeOccupancy(r, 1, t, warmup);
      queue.push(io, t);
      if (resources.busyIo[r]! < 0) path.startService(r, queue.shift(t), t);
      return;
    }
    const queue = this.queues[this.ofPool[2 * p + d]!]!;
    queue.push(io, t);
    for (let i = 0; i < ports.length && queue.length > 0; i++) {
      const r = 2 * ports[i]! + d;
      if (!resources.live[r] || resources.busyIo[r]! >= 0) continue;
      resources.changeOccupancy(r, 1, t, warmup);
      path.startService(r, queue.shift(t), t);
    }
  }

  /** A freed port r of fair pool p takes the next I/O of its fair queue. */
  serve(path: FairPath, r: number, p: number, t: number): void {
    const isStatic = path.model.pools[p]!.policy === 'static';
    const queue = this.queues[isStatic ? this.ofResource[r]! : this.ofPool[2 * p + (r & 1)]!]!;
    if (queue.length === 0) return;
    // Under `static` the I/O already counts at its port.
    if (!isStatic) path.resources.changeOccupancy(r, 1, t, path.warmup);
    path.startService(r, queue.shift(t), t);
  }

  /** I/Os waiting at a pool's dispatcher in one direction (2p + d), and the time integral of that. */
  queuedAt(slot: number): number {
    const q = this.ofPool[slot]!;
    return q < 0 ? 0 : this.queues[q]!.length;
  }

  areaAt(slot: number): number {
    const q = this.ofPool[slot]!;
    return q < 0 ? 0 : this.queues[q]!.area;
  }

  private add(): number {
    this.queues.push(new FairQueue(this.context));
    return this.queues.length - 1;
  }
}
