export const BATCHES = 20;

/** Student's t for 19 degrees of freedom at 0.995: the 99 % two-sided interval over 20 batches. */
const T_19_995 = 2.860934606;

/**
 * Batch means: the measured window is cut into 20 equal batches by completion time; each batch's
 * mean is taken as one observation. Sums live in a caller-owned Float64Array (sum, count pairs).
 */
export function addToBatch(sums: Float64Array, offset: number, batch: number, value: number): void {
  sums[offset + 2 * batch] = sums[offset + 2 * batch]! + value;
  sums[offset + 2 * batch + 1] = sums[offset + 2 * batch + 1]! + 1;
}

/**
 * The 99 % confidence interval of the mean over the batches of one or more slots taken together
 * (for example both directions of a class); [NaN, NaN] when a batch is empty (too few I/Os).
 */
export function confidenceInterval(sums: Float64Array, offsets: readonly number[]): [number, number] {
  const means: number[] = [];
  for (let b = 0; b < BATCHES; b++) {
    let sum = 0;
    let count = 0;
    for (const offset of offsets) {
      sum += sums[offset + 2 * b]!;
      count += sums[offset + 2 * b + 1]!;
    }
    if (count === 0) return [Number.NaN, Number.NaN];
    means.push(sum / count);
  }
  const mean = means.reduce((a, v) => a + v, 0) / BATCHES;
  const variance = means.reduce((a, v) => a + (v - mean) ** 2, 0) / (BATCHES - 1);
  const half = T_19_995 * Math.sqrt(variance / BATCHES);
  return [mean - half, mean + half];
}
