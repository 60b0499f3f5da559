/**
 * A binary min-heap of events over typed arrays: (time, sequence) orders them, so two events at
 * the same time pop in the order they were scheduled, the same in every engine. An event is a
 * kind, a subject index and a token (used to recognise events made stale by a fault).
 */
export class EventQueue {
  private times: Float64Array;
  private sequences: Float64Array;
  private kinds: Uint8Array;
  private subjects: Int32Array;
  private tokens: Int32Array;
  private nextSequence = 0;
  size = 0;

  constructor(capacity = 1024) {
    this.times = new Float64Array(capacity);
    this.sequences = new Float64Array(capacity);
    this.kinds = new Uint8Array(capacity);
    this.subjects = new Int32Array(capacity);
    this.tokens = new Int32Array(capacity);
  }

  push(time: number, kind: number, subject: number, token = 0): void {
    if (this.size === this.times.length) this.grow();
    let i = this.size++;
    const sequence = this.nextSequence++;
    const { times, sequences, kinds, subjects, tokens } = this;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = times[parent]!;
      if (pt < time || (pt === time && sequences[parent]! < sequence)) break;
      times[i] = pt;
      sequences[i] = sequences[parent]!;
      kinds[i] = kinds[parent]!;
      subjects[i] = subjects[parent]!;
      tokens[i] = tokens[parent]!;
      i = parent;
    }
    times[i] = time;
    sequences[i] = sequence;
    kinds[i] = kind;
    subjects[i] = subject;
    tokens[i] = token;
  }

  /** The time of the next event; Infinity when there is none. */
  peekTime(): number {
    return this.size > 0 ? this.times[0]! : Infinity;
  }

  /** Pops the next event into `out` (time, kind, subject, token). */
  pop(out: PoppedEvent): void {
    const { times, sequences, kinds, subjects, tokens } = this;
    out.time = times[0]!;
    out.kind = kinds[0]!;
    out.subject = subjects[0]!;
    out.token = tokens[0]!;
    const last = --this.size;
    if (last === 0) return;
    const time = times[last]!;
    const sequence = sequences[last]!;
    const kind = kinds[last]!;
    const subject = subjects[last]!;
    const token = tokens[last]!;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= last) break;
      const right = left + 1;
      let child = left;
      if (right < last && (times[right]! < times[left]! || (times[right] === times[left] && sequences[right]! < sequences[left]!))) child = right;
      const ct = times[child]!;
      if (time < ct || (time === ct && sequence < sequences[child]!)) break;
      times[i] = ct;
      sequences[i] = sequences[child]!;
      kinds[i] = kinds[child]!;
      subjects[i] = subjects[child]!;
      tokens[i] = tokens[child]!;
      i = child;
    }
    times[i] = time;
    sequences[i] = sequence;
    kinds[i] = kind;
    subjects[i] = subject;
    tokens[i] = token;
  }

  private grow(): void {
    const capacity = this.times.length * 2;
    const grow = <T extends Float64Array | Int32Array | Uint8Array>(array: T, make: (n: number) => T): T => {
      const next = make(capacity);
      next.set(array);
      return next;
    };
    this.times = grow(this.times, (n) => new Float64Array(n));
    this.sequences = grow(this.sequences, (n) => new Float64Array(n));
    this.kinds = grow(this.kinds, (n) => new Uint8Array(n));
    this.subjects = grow(this.subjects, (n) => new Int32Array(n));
    this.tokens = grow(this.tokens, (n) => new Int32Array(n));
  }
}

export type PoppedEvent = { time: number; kind: number; subject: number; token: number };
