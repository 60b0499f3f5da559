/**
 * Token buckets, one per stream, as typed arrays: tokens (bytes or I/Os) flow in at `rate` up to
 * `depth` and an I/O takes its share when it goes. A rate of zero is no bucket: always enough.
 *
 * An I/O larger than the bucket could never find enough tokens, so it needs only a full bucket and
 * takes the bucket into debt (tokens below zero), which later I/Os wait out: over any span T the
 * bucket lets through at most rate × T + max(depth, the largest I/O), and in the long run exactly
 * its rate.
 */
export class TokenBuckets {
  readonly rate: Float64Array;
  readonly depth: Float64Array;
  private readonly tokens: Float64Array;
  private readonly mark: Float64Array;

  constructor(rates: readonly number[], depths: readonly number[]) {
    this.rate = Float64Array.from(rates);
    this.depth = Float64Array.from(depths);
    // Full at the start: a server that has sent nothing may send a burst.
    this.tokens = Float64Array.from(depths);
    this.mark = new Float64Array(rates.length);
  }

  /** Seconds until stream s's bucket holds enough for an I/O of `amount` (0: now). */
  waitFor(s: number, amount: number, t: number): number {
    const rate = this.rate[s]!;
    if (rate === 0) return 0;
    this.refill(s, t);
    const need = amount < this.depth[s]! ? amount : this.depth[s]!;
    const missing = need - this.tokens[s]!;
    // A token event scheduled for the exact instant may find a rounding error's worth missing.
    return missing > need * 1e-9 ? missing / rate : 0;
  }

  /** The I/O goes: its tokens are taken (down to a debt for an I/O larger than the bucket). */
  take(s: number, amount: number): void {
    if (this.rate[s] !== 0) this.tokens[s] = this.tokens[s]! - amount;
  }

  private refill(s: number, t: number): void {
    const filled = this.tokens[s]! + this.rate[s]! * (t - this.mark[s]!);
    this.tokens[s] = filled < this.depth[s]! ? filled : this.depth[s]!;
    this.mark[s] = t;
  }
}
