/**
 * The ticks of a chart's axis from 0, chosen here rather than by the chart library: whatever the
 * data (a denormal duration, a run of 1e300 MB/s), an axis gets at most MAX_TICKS ticks. Left to
 * itself, recharts drew about 100,000 ticks for a 5e-324 s run: 1.56 GB and 45 s (issue 16, S2).
 */
export const MAX_TICKS = 6;

/** Steps of 1, 2, 2.5 and 5 times a power of ten: round numbers a reader takes in at a glance. */
const NICE = [1, 2, 2.5, 5, 10];

/** A domain [0, top] and its ticks, top the first round step at or above `max`; never more than `most` ticks. */
export function axisTicks(max: number, most = MAX_TICKS): { domain: [number, number]; ticks: number[] } {
  if (!Number.isFinite(max) || max <= 0) return { domain: [0, 1], ticks: [0, 1] };
  const magnitude = 10 ** Math.floor(Math.log10(max / (most - 1)));
  // Too small or too large for a step (denormals, overflow): the two ends only.
  if (!(magnitude > 0) || !Number.isFinite(magnitude)) return { domain: [0, max], ticks: [0, max] };
  const step = NICE.map((m) => m * magnitude).find((s) => Math.ceil(max / s - 1e-9) <= most - 1) ?? 10 * magnitude;
  const count = Math.ceil(max / step - 1e-9);
  const ticks = Array.from({ length: count + 1 }, (_, i) => Number((i * step).toPrecision(12)));
  return { domain: [0, ticks.at(-1)!], ticks };
}

/** The largest finite value of `keys` over the rows (0 when there is none). */
export function largestValue(rows: readonly Record<string, unknown>[], keys: readonly string[]): number {
  let largest = 0;
  for (const row of rows) {
    for (const key of keys) {
      const value = row[key];
      if (typeof value === 'number' && Number.isFinite(value) && value > largest) largest = value;
    }
  }
  return largest;
}

/** Ticks of a time axis that ends at the run's duration exactly: the round ones within it. */
export function timeTicks(duration: number): number[] {
  return axisTicks(duration).ticks.filter((t) => t <= duration);
}
