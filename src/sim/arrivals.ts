import { DOWN as DOWN_, UP as UP_, type CompiledModel } from './compile.ts';
import { EVENT_KIND } from './eventKinds.ts';
import type { EventQueue } from './eventQueue.ts';
import type { IoPath } from './ioPath.ts';
import { createStream, exponential as exponential_, uniform as uniform_, type RandomStream } from './random.ts';

// Module-local copies: under Node's TypeScript loaders an imported binding is a getter call on
// every use, which costs a tenth of the event loop's time.
const UP = UP_;
const DOWN = DOWN_;
const exponential = exponential_;
const uniform = uniform_;
const { ARRIVAL, ON_OFF } = EVENT_KIND;

/**
 * Each server's streams of I/O (SIMULATION.md, "Arrivals and randomness"): Poisson arrivals, on/off bursts, and
 * each new I/O's direction and size, drawn from the stream's own random numbers so that a server's
 * figures do not change when another server is added. A new I/O goes to the I/O path.
 */
export class Arrivals {
  private readonly model: CompiledModel;
  private readonly queue: EventQueue;
  private readonly path: IoPath;
  private readonly rngs: RandomStream[];
  private readonly streamOn: Uint8Array;
  /** Bumped when a stream turns off, so its pending arrival is ignored. */
  private readonly arrivalToken: Int32Array;
  private readonly streamOnRate: Float64Array;
  private readonly streamUpShare: Float64Array;
  private readonly streamMeanBytes: Float64Array;
  private readonly streamFixedSizes: Uint8Array;
  /** 1 for a stream with a queue depth or a cap: its I/Os first wait their turn at the server. */
  private readonly streamGated: Uint8Array;

  constructor(model: CompiledModel, seed: number, queue: EventQueue, path: IoPath) {
    const { streams } = model;
    this.model = model;
    this.queue = queue;
    this.path = path;
    this.rngs = streams.map((stream) => createStream(seed, stream.name));
    this.streamOn = new Uint8Array(streams.length).fill(1);
    this.arrivalToken = new Int32Array(streams.length);
    // While on, a bursty stream arrives at λ(on+off)/on, so that its mean stays λ.
    this.streamOnRate = Float64Array.from(streams, (stream) => (stream.bursty ? (stream.rate * (stream.meanOn + stream.meanOff)) / stream.meanOn : stream.rate));
    this.streamUpShare = Float64Array.from(streams, (stream) => stream.upShare);
    this.streamMeanBytes = Float64Array.from(streams, (stream) => stream.meanBytes);
    this.streamFixedSizes = Uint8Array.from(streams, (stream) => (stream.fixedSizes ? 1 : 0));
    this.streamGated = path.streamGated;
  }

  /** Schedules each stream's first arrival and, for a bursty one, its first on/off change. */
  start(): void {
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
  }

  /** An ARRIVAL event: a new I/O, unless the stream has turned off since it was scheduled. */
  arrive(s: number, token: number, t: number): void {
    if (token !== this.arrivalToken[s]) return;
    const rng = this.rngs[s]!;
    const { ios } = this.path;
    const io = ios.allocate();
    ios.stream[io] = s;
    ios.direction[io] = uniform(rng) < this.streamUpShare[s]! ? UP : DOWN;
    ios.bytes[io] = this.streamFixedSizes[s] ? this.streamMeanBytes[s]! : exponential(rng, this.streamMeanBytes[s]!);
    ios.arrival[io] = t;
    this.scheduleArrival(s, t);
    if (this.streamGated[s]) this.path.admission!.admit(io, t);
    else this.path.route(io, t);
  }

  /** An ON_OFF event: a bursty stream turns on (and arrives again) or off. */
  toggle(s: number, t: number): void {
    const stream = this.model.streams[s]!;
    const on = this.streamOn[s] === 0;
    this.streamOn[s] = on ? 1 : 0;
    this.arrivalToken[s] = this.arrivalToken[s]! + 1;
    if (on) this.scheduleArrival(s, t);
    this.queue.push(t + exponential(this.rngs[s]!, on ? stream.meanOn : stream.meanOff), ON_OFF, s);
  }

  private scheduleArrival(s: number, t: number): void {
    const rate = this.streamOnRate[s]!;
    if (rate > 0) this.queue.push(t + exponential(this.rngs[s]!, 1 / rate), ARRIVAL, s, this.arrivalToken[s]!);
  }
}
