import type { CompiledModel } from '../compile.ts';
import type { IoTable } from '../ioTable.ts';
import { FairQueue, type FairContext } from './fairQueue.ts';
import { TokenBuckets } from './tokenBuckets.ts';

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
