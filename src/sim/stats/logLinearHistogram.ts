/**
 * Sub-buckets per power of two: a value's bucket is its float64 exponent and the top 6 bits of its
 * mantissa (HdrHistogram's log-linear buckets, read straight off the IEEE 754 bits, as sketches-java's
 * BitwiseLinearlyInterpolatedMapping does). A bucket [a, b) is at most 1/64 of a wide, and its
 * representative 2ab/(a+b) is within (b−a)/(b+a) ≤ 1/129 ≈ 0.78 % of every value in it.
 */
const MANTISSA_BITS = 6;
/** The high 32-bit word holds the sign, 11 exponent bits and 20 mantissa bits. */
const KEY_SHIFT = 20 - MANTISSA_BITS;

/** The worst relative error of a reported percentile: 1/(2·2^6 + 1). */
export const RELATIVE_ACCURACY = 1 / (2 ** (MANTISSA_BITS + 1) + 1);

// One scratch float whose bits are read as two 32-bit words; which word is high depends on the
// platform's byte order (little-endian everywhere this runs, but checked rather than assumed).
const scratch = new Float64Array(1);
const words = new Uint32Array(scratch.buffer);
scratch[0] = 1;
const HIGH = words[1] === 0x3ff00000 ? 1 : 0;
const LOW = 1 - HIGH;

/** The bucket of a positive finite value: exact bit operations, the same in every JavaScript engine. */
function keyOf(value: number): number {
  scratch[0] = value;
  return words[HIGH]! >>> KEY_SHIFT;
}

/** The smallest value of bucket `key`. */
function lowerBound(key: number): number {
  words[HIGH] = key << KEY_SHIFT;
  words[LOW] = 0;
  return scratch[0]!;
}

/** Buckets are added this many at a time when a value falls outside the range kept so far. */
const GROWTH = 64;

/**
 * Percentiles of non-negative values (seconds) to 0.78 % relative accuracy, deterministic, at the
 * cost of a few integer operations per value: no logarithm and no allocation in `add`, which the
 * engine calls up to four times per I/O. Counts live in one dense Float64Array over the buckets
 * seen so far (a response spans a few powers of two: a few hundred buckets). Zeros and values
 * below the smallest normal float are counted as 0. Quantiles follow DDSketch's rank rule (rank
 * q·(n−1), the first bucket whose running count exceeds it), so the figures are those a DDSketch
 * with the same buckets would give.
 */
export class LogLinearHistogram {
  count = 0;
  private zeroCount = 0;
  private counts = new Uint32Array(0);
  /** The key of counts[0]. */
  private offset = 0;

  add(value: number, weight = 1): void {
    this.count += weight;
    if (!(value >= 2.2250738585072014e-308)) {
      this.zeroCount += weight;
      return;
    }
    const index = keyOf(value) - this.offset;
    const { counts } = this;
    if (index >= 0 && index < counts.length) counts[index] = counts[index]! + weight;
    else this.grow(keyOf(value), weight);
  }

  /** The value at quantile q (0..1); NaN when empty. */
  getValueAtQuantile(q: number): number {
    if (!(q >= 0 && q <= 1) || this.count === 0) return Number.NaN;
    const rank = q * (this.count - 1);
    if (rank < this.zeroCount) return 0;
    let running = this.zeroCount;
    const { counts } = this;
    for (let i = 0; i < counts.length; i++) {
      running += counts[i]!;
      if (running > rank) return representative(this.offset + i);
    }
    return representative(this.offset + counts.length - 1);
  }

  /** Adds every value of `other` (the same buckets, so merging loses nothing). */
  merge(other: LogLinearHistogram): void {
    this.count += other.count;
    this.zeroCount += other.zeroCount;
    other.counts.forEach((c, i) => {
      if (c > 0) this.grow(other.offset + i, c);
    });
  }

  /** Widens the dense range to hold `key` (in steps of GROWTH buckets) and adds the weight there. */
  private grow(key: number, weight: number): void {
    const { counts, offset } = this;
    if (counts.length === 0) {
      this.offset = key - GROWTH / 2;
      this.counts = new Uint32Array(GROWTH);
    } else if (key < offset || key >= offset + counts.length) {
      const low = key < offset ? key - GROWTH : offset;
      const high = key >= offset + counts.length ? key + GROWTH : offset + counts.length;
      this.counts = new Uint32Array(high - low);
      this.counts.set(counts, offset - low);
      this.offset = low;
    }
    const index = key - this.offset;
    this.counts[index] = this.counts[index]! + weight;
  }
}

/** The value reported for bucket `key`: 2ab/(a+b), the point of least worst-case relative error. */
function representative(key: number): number {
  const a = lowerBound(key);
  const b = lowerBound(key + 1);
  return (2 * a * b) / (a + b);
}
