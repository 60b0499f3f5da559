import type { CompiledModel } from '../compile.ts';
import { EVENT_KIND } from '../eventKinds.ts';
import type { EventQueue } from '../eventQueue.ts';
import { TimedFifo } from '../fifo.ts';
import type { IoTable } from '../ioTable.ts';
import { isGated } from './streamQos.ts';
import { TokenBuckets } from './tokenBuckets.ts';

const { TOKENS } = EVENT_KIND;

/** What admission needs of the I/O path (ioPath.ts, which owns it): its I/Os and its first step. */
export type PathEntry = { readonly ios: IoTable; readonly warmup: number; route(io: number, t: number): void };

/**
 * Where a server holds its own I/O before it enters the path (docs/simulation.md, "QoS"): a stream
 * with a queue depth keeps at most that many I/Os outstanding, and a capped stream lets an I/O go
 * only when its token buckets (bytes and I/Os, both directions together) hold enough. The others
 * wait here, first come first served, never dropped; their wait counts in the I/O's wait and
 * response. Streams without depth or cap never come here.
 */
export class Admission {
  /** 1 for a stream whose I/Os pass through here. */
  readonly gated: Uint8Array;
  /** Per stream: I/Os waiting at the server (only gated streams use theirs). */
  readonly held: TimedFifo[];
  readonly outstanding: Int32Array;
  /** Per stream, inside the window: seconds the head I/O waited for tokens (the cap binding). */
  readonly tokenWait: Float64Array;
  /** Per stream, over the I/Os completed in the window: the sum of their waits here, and how many waited. */
  readonly sumServerWait: Float64Array;
  readonly heldCompleted: Float64Array;
  private readonly depth: Float64Array;
  private readonly bytes: TokenBuckets;
  private readonly iops: TokenBuckets;
  /** The token of the stream's pending TOKENS event; -1 when none is pending. */
  private readonly pendingToken: Int32Array;
  private readonly pumping: Uint8Array;
  private readonly queue: EventQueue;
  private readonly path: PathEntry;
  private readonly warmup: number;
  private readonly duration: number;
  private nextToken = 0;

  constructor(model: CompiledModel, queue: EventQueue, path: PathEntry, duration: number) {
    const { streams } = model;
    this.queue = queue;
    this.path = path;
    this.warmup = path.warmup;
    this.duration = duration;
    this.gated = Uint8Array.from(streams, (s) => (isGated(s.qos) ? 1 : 0));
    this.held = streams.map(() => new TimedFifo(path.warmup));
    this.outstanding = new Int32Array(streams.length);
    this.tokenWait = new Float64Array(streams.length);
    this.sumServerWait = new Float64Array(streams.length);
    this.heldCompleted = new Float64Array(streams.length);
    this.depth = Float64Array.from(streams, (s) => s.qos?.queueDepth ?? Infinity);
    this.bytes = new TokenBuckets(streams.map((s) => s.qos?.capBytesPerSecond ?? 0), streams.map((s) => s.qos?.capBurstBytes ?? 0));
    this.iops = new TokenBuckets(streams.map((s) => s.qos?.capIops ?? 0), streams.map((s) => s.qos?.capIopsBurst ?? 0));
    this.pendingToken = new Int32Array(streams.length).fill(-1);
    this.pumping = new Uint8Array(streams.length);
  }

  /** A new I/O of a gated stream: it goes at once if nothing waits before it and it may, else it waits. */
  admit(io: number, t: number): void {
    const s = this.path.ios.stream[io]!;
    this.held[s]!.pushAt(io, t);
    this.pump(s, t);
  }

  /** An I/O of a gated stream completed inside the window: its wait here, for the figures. */
  recordCompletion(s: number, serverWait: number): void {
    this.sumServerWait[s] = this.sumServerWait[s]! + serverWait;
    if (serverWait > 0) this.heldCompleted[s] = this.heldCompleted[s]! + 1;
  }

  /** An I/O of a gated stream left the path (completed or failed): its place is free. */
  release(s: number, t: number): void {
    this.outstanding[s] = this.outstanding[s]! - 1;
    this.pump(s, t);
  }

  /** A TOKENS event. */
  tokensReady(s: number, token: number, t: number): void {
    if (token !== this.pendingToken[s]) return;
    this.pendingToken[s] = -1;
    this.pump(s, t);
  }

  /**
   * Lets the head I/Os go while the depth and the buckets allow, in order. A loop, guarded: an I/O
   * that fails at once (no route) releases its place from inside `route`.
   */
  private pump(s: number, t: number): void {
    if (this.pumping[s]) return;
    this.pumping[s] = 1;
    const held = this.held[s]!;
    const { ios } = this.path;
    while (held.length > 0 && this.outstanding[s]! < this.depth[s]!) {
      const io = held.peek();
      const size = ios.bytes[io]!;
      const wait = Math.max(this.bytes.waitFor(s, size, t), this.iops.waitFor(s, 1, t));
      // A wait shorter than the clock can tell (t + wait === t: a few bytes short for a tiny I/O)
      // would schedule its TOKENS event at this very instant, for ever: it goes now.
      if (wait > 0 && t + wait > t) {
        this.awaitTokens(s, t, t + wait);
        break;
      }
      held.shiftAt(t);
      this.bytes.take(s, size);
      this.iops.take(s, 1);
      this.outstanding[s] = this.outstanding[s]! + 1;
      const waited = t - ios.arrival[io]!;
      ios.serverWait[io] = waited;
      ios.wait[io] = waited;
      this.path.route(io, t);
    }
    this.pumping[s] = 0;
  }

  private awaitTokens(s: number, t: number, ready: number): void {
    if (this.pendingToken[s]! >= 0) return;
    const token = this.nextToken++;
    this.pendingToken[s] = token;
    this.queue.push(ready, TOKENS, s, token);
    // Counted as it is scheduled: the head waits for these tokens whatever else happens meanwhile.
    const from = t > this.warmup ? t : this.warmup;
    const to = ready < this.duration ? ready : this.duration;
    if (to > from) this.tokenWait[s] = this.tokenWait[s]! + (to - from);
  }
}
