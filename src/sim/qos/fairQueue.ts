import { Fifo } from '../fifo.ts';
import type { IoTable } from '../ioTable.ts';
import type { TokenBuckets } from './tokenBuckets.ts';

/** What every fair queue of a run shares: the I/Os, each stream's weight and its guarantee bucket. */
export type FairContext = {
  ios: IoTable;
  weight: Float64Array;
  guarantees: TokenBuckets;
  /** Per stream, inside the window: bytes dispatched under its guarantee. */
  guaranteedBytes: Float64Array;
  warmup: number;
};

/**
 * One dispatcher's queue, weighted fair in bytes by start-time fair queueing (SFQ, Goyal, Vin and
 * Cheng 1996): an I/O of stream s gets the start tag S = max(v, F_s) and moves F_s to S + bytes /
 * weight_s; the dispatcher serves the smallest start tag, and v is the largest start tag served.
 * SFQ rather than DRR: it needs no quantum (I/O sizes span 0.5 KiB to 16 MiB), serves exactly one
 * I/O per free port, and a stream coming back from idle starts at v, with no saved-up credit.
 *
 * Guarantees first: before the tags, a stream whose guarantee bucket (its `minMBps` or `minMbps`,
 * 10 ms deep) holds enough for its head I/O is served, the smallest start tag among such streams
 * first. Service under a guarantee moves the stream's tags too, so a guarantee is a floor: a server
 * gets the larger of its guarantee and its weighted share, not both.
 *
 * Per stream FIFO; ties go to the stream with the lower index (server id order): deterministic.
 * The queue's length is integrated over time from the warm-up on, for L, like a shared queue's.
 */
export class FairQueue {
  length = 0;
  area = 0;
  private mark = 0;
  private virtual = 0;
  private readonly context: FairContext;
  private readonly slotOf = new Map<number, number>();
  private readonly streams: number[] = [];
  private readonly fifos: Fifo[] = [];
  private readonly finish: number[] = [];
  /** Slots with I/O waiting, in no particular order. */
  private readonly backlogged: number[] = [];

  constructor(context: FairContext) {
    this.context = context;
  }

  push(io: number, t: number): void {
    const { ios, weight } = this.context;
    const s = ios.stream[io]!;
    const slot = this.slot(s);
    const start = this.virtual > this.finish[slot]! ? this.virtual : this.finish[slot]!;
    ios.fairTag[io] = start;
    this.finish[slot] = start + ios.bytes[io]! / weight[s]!;
    const fifo = this.fifos[slot]!;
    if (fifo.length === 0) this.backlogged.push(slot);
    fifo.push(io);
    this.account(t);
    this.length++;
  }

  /** The next I/O to serve, taken off the queue; -1 when empty. */
  shift(t: number): number {
    if (this.length === 0) return -1;
    let pick = this.pickGuaranteed(t);
    const guaranteed = pick >= 0;
    if (!guaranteed) pick = this.pickSmallestTag();
    const slot = this.backlogged[pick]!;
    const fifo = this.fifos[slot]!;
    const io = fifo.shift();
    if (fifo.length === 0) {
      this.backlogged[pick] = this.backlogged[this.backlogged.length - 1]!;
      this.backlogged.pop();
    }
    const { ios, guarantees, guaranteedBytes, warmup } = this.context;
    if (guaranteed) {
      const s = this.streams[slot]!;
      guarantees.take(s, ios.bytes[io]!);
      if (t >= warmup) guaranteedBytes[s] = guaranteedBytes[s]! + ios.bytes[io]!;
    }
    if (ios.fairTag[io]! > this.virtual) this.virtual = ios.fairTag[io]!;
    this.account(t);
    this.length--;
    return io;
  }

  /** Empties the queue (its pool or port failed), stream by stream in index order. */
  drain(t: number): number[] {
    this.account(t);
    const order = this.backlogged.map((slot) => this.streams[slot]!).toSorted((a, b) => a - b);
    const out = order.flatMap((s) => this.fifos[this.slotOf.get(s)!]!.drain());
    this.backlogged.length = 0;
    this.length = 0;
    return out;
  }

  /** Adds length × time since the last change, up to t (from the warm-up on). */
  account(t: number): void {
    const { warmup } = this.context;
    if (t > warmup) this.area += this.length * (t - (this.mark > warmup ? this.mark : warmup));
    this.mark = t;
  }

  private slot(s: number): number {
    let slot = this.slotOf.get(s);
    if (slot === undefined) {
      slot = this.streams.length;
      this.slotOf.set(s, slot);
      this.streams.push(s);
      this.fifos.push(new Fifo());
      this.finish.push(0);
    }
    return slot;
  }

  /** Among backlogged streams whose guarantee holds enough for their head I/O: the smallest tag. */
  private pickGuaranteed(t: number): number {
    const { ios, guarantees } = this.context;
    let best = -1;
    for (let i = 0; i < this.backlogged.length; i++) {
      const slot = this.backlogged[i]!;
      const s = this.streams[slot]!;
      if (guarantees.rate[s] === 0) continue;
      const head = this.fifos[slot]!.peek();
      if (guarantees.waitFor(s, ios.bytes[head]!, t) > 0) continue;
      if (best < 0 || this.before(head, s, best)) best = i;
    }
    return best;
  }

  private pickSmallestTag(): number {
    let best = 0;
    for (let i = 1; i < this.backlogged.length; i++) {
      const slot = this.backlogged[i]!;
      if (this.before(this.fifos[slot]!.peek(), this.streams[slot]!, best)) best = i;
    }
    return best;
  }

  /** Whether `head` of stream s goes before the head of backlogged entry `other`. */
  private before(head: number, s: number, other: number): boolean {
    const slot = this.backlogged[other]!;
    const otherHead = this.fifos[slot]!.peek();
    const { fairTag } = this.context.ios;
    return fairTag[head]! < fairTag[otherHead]! || (fairTag[head] === fairTag[otherHead] && s < this.streams[slot]!);
  }
}
