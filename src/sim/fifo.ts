/** A first-in-first-out queue of I/O indices in a growable ring buffer: no allocation per I/O. */
export class Fifo {
  private items: Int32Array;
  private head = 0;
  length = 0;

  constructor(capacity = 16) {
    this.items = new Int32Array(capacity);
  }

  push(value: number): void {
    if (this.length === this.items.length) this.grow();
    this.items[(this.head + this.length) & (this.items.length - 1)] = value;
    this.length++;
  }

  shift(): number {
    const value = this.items[this.head]!;
    this.head = (this.head + 1) & (this.items.length - 1);
    this.length--;
    return value;
  }

  /** The head, left in place (the queue must not be empty). */
  peek(): number {
    return this.items[this.head]!;
  }

  /** Empties the queue, giving its items in order. */
  drain(): number[] {
    const out: number[] = [];
    while (this.length > 0) out.push(this.shift());
    return out;
  }

  private grow(): void {
    const next = new Int32Array(this.items.length * 2);
    for (let i = 0; i < this.length; i++) next[i] = this.items[(this.head + i) & (this.items.length - 1)]!;
    this.items = next;
    this.head = 0;
  }
}

/**
 * A pool's shared queue: a Fifo that also keeps the time integral of its length from `from` (the
 * warm-up) on, so that the pool's and a dedicated adapter's mean queue length count the I/Os
 * waiting at the switch, not only those at a port.
 */
export class TimedFifo extends Fifo {
  area = 0;
  private mark = 0;
  private readonly from: number;

  constructor(from: number) {
    super();
    this.from = from;
  }

  /** Adds the length × time since the last change, up to t. */
  account(t: number): void {
    if (t > this.from) this.area += this.length * (t - (this.mark > this.from ? this.mark : this.from));
    this.mark = t;
  }

  pushAt(value: number, t: number): void {
    this.account(t);
    this.push(value);
  }

  shiftAt(t: number): number {
    this.account(t);
    return this.shift();
  }

  drainAt(t: number): number[] {
    this.account(t);
    return this.drain();
  }
}
