const f64 = (n: number) => new Float64Array(n);
const i32 = (n: number) => new Int32Array(n);
const u8 = (n: number) => new Uint8Array(n);

/**
 * The I/Os in flight, as a struct of typed arrays with a free list: memory grows with the number
 * in flight at once, never with the length of the run.
 */
export class IoTable {
  capacity: number;
  stream!: Int32Array;
  direction!: Uint8Array;
  bytes!: Float64Array;
  arrival!: Float64Array;
  /** Time spent waiting in queues, and in service (end to end). */
  wait!: Float64Array;
  service!: Float64Array;
  /** The same, at the port stage only (what a pool's analytic figure describes). */
  portWait!: Float64Array;
  portService!: Float64Array;
  /** When the I/O joined its current queue or began its current service. */
  stageStart!: Float64Array;
  stage!: Uint8Array;
  route!: Int32Array;
  pool!: Int32Array;
  cable!: Int32Array;
  /** The resource serving it now, or -1. */
  resource!: Int32Array;
  /** The port that served it (for the adapter's fixed latency). */
  port!: Int32Array;
  /** Bumped when a fault takes the I/O off its resource, so its pending completion is ignored. */
  generation!: Int32Array;
  /**
   * QoS only, written before it is read (never reset here, so runs without QoS pay nothing): the
   * time the I/O waited at its server (queue depth, cap), and its start tag in a fair pool.
   */
  serverWait!: Float64Array;
  fairTag!: Float64Array;
  private nextFree!: Int32Array;
  private freeHead = -1;
  private used = 0;
  inFlight = 0;

  constructor(capacity = 256) {
    this.capacity = 0;
    this.resize(capacity);
  }

  allocate(): number {
    let io: number;
    if (this.freeHead >= 0) {
      io = this.freeHead;
      this.freeHead = this.nextFree[io]!;
    } else {
      if (this.used === this.capacity) this.resize(this.capacity * 2);
      io = this.used++;
    }
    this.inFlight++;
    this.wait[io] = 0;
    this.service[io] = 0;
    this.portWait[io] = 0;
    this.portService[io] = 0;
    this.stage[io] = 0;
    this.resource[io] = -1;
    return io;
  }

  release(io: number): void {
    this.generation[io] = this.generation[io]! + 1;
    this.nextFree[io] = this.freeHead;
    this.freeHead = io;
    this.inFlight--;
  }

  /** I/Os in flight per stream: a walk of the table, for a report when a limit is hit, never per event. */
  inFlightByStream(streams: number): Int32Array {
    const free = new Uint8Array(this.used);
    for (let io = this.freeHead; io >= 0; io = this.nextFree[io]!) free[io] = 1;
    const counts = new Int32Array(streams);
    for (let io = 0; io < this.used; io++) if (free[io] === 0) counts[this.stream[io]!]! += 1;
    return counts;
  }

  private resize(capacity: number): void {
    const grow = <T extends Float64Array | Int32Array | Uint8Array>(old: T | undefined, make: (n: number) => T): T => {
      const next = make(capacity);
      if (old) next.set(old);
      return next;
    };
    this.stream = grow(this.stream, i32);
    this.direction = grow(this.direction, u8);
    this.bytes = grow(this.bytes, f64);
    this.arrival = grow(this.arrival, f64);
    this.wait = grow(this.wait, f64);
    this.service = grow(this.service, f64);
    this.portWait = grow(this.portWait, f64);
    this.portService = grow(this.portService, f64);
    this.stageStart = grow(this.stageStart, f64);
    this.stage = grow(this.stage, u8);
    this.route = grow(this.route, i32);
    this.pool = grow(this.pool, i32);
    this.cable = grow(this.cable, i32);
    this.resource = grow(this.resource, i32);
    this.port = grow(this.port, i32);
    this.generation = grow(this.generation, i32);
    this.serverWait = grow(this.serverWait, f64);
    this.fairTag = grow(this.fairTag, f64);
    this.nextFree = grow(this.nextFree, i32);
    this.capacity = capacity;
  }
}
