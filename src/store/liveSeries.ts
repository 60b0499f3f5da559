/** As many points as the engine's own series keeps (SIMULATION.md, Statistics). */
export const LIVE_SERIES_CAPACITY = 2000;

/** One row of a chart: the end of a span of simulated time, and each series' mean over that span. */
export type SeriesRow = { time: number } & Record<string, number>;

/**
 * The frames of a run as time series for the charts. Each frame reports values over the span since
 * the previous one, so a sample is a span; when full, neighbours merge (weighted by their spans),
 * so memory stays bounded however long the run. Mutable, for speed: the store bumps a version.
 */
export class LiveSeries {
  private times: number[] = [];
  private spans: number[] = [];
  private values: number[][];

  constructor(readonly names: readonly string[], private readonly capacity = LIVE_SERIES_CAPACITY) {
    this.values = names.map(() => []);
  }

  get length(): number {
    return this.times.length;
  }

  /**
   * Adds the span ending at `time`. A frame that covers the last span again (a live fault's replay)
   * replaces it; one from before the last (a run going back) first drops what comes after it.
   */
  push(time: number, values: ArrayLike<number>): void {
    while (this.times.length > 0 && this.times.at(-1)! > time) this.drop();
    if (this.times.at(-1) === time) this.drop();
    const start = this.times.at(-1) ?? 0;
    if (time <= start && this.times.length > 0) return;
    this.times.push(time);
    this.spans.push(time - start);
    this.names.forEach((_, i) => this.values[i]!.push(values[i] ?? 0));
    if (this.times.length > this.capacity) this.halve();
  }

  clear(): void {
    this.times = [];
    this.spans = [];
    this.values = this.names.map(() => []);
  }

  /** The rows a chart draws, one object per sample (a new array each call). */
  rows(): SeriesRow[] {
    return this.times.map((time, k) => {
      const row: SeriesRow = { time } as SeriesRow;
      this.names.forEach((name, i) => (row[name] = this.values[i]![k]!));
      return row;
    });
  }

  private drop(): void {
    this.times.pop();
    this.spans.pop();
    for (const series of this.values) series.pop();
  }

  /** Merges neighbours pairwise: each pair becomes one span, its value their span-weighted mean. */
  private halve(): void {
    const times: number[] = [];
    const spans: number[] = [];
    const values: number[][] = this.names.map(() => []);
    for (let k = 0; k < this.times.length; k += 2) {
      const last = Math.min(k + 1, this.times.length - 1);
      const span = this.spans[k]! + (last > k ? this.spans[last]! : 0);
      times.push(this.times[last]!);
      spans.push(span);
      this.values.forEach((series, i) => {
        const weighted = series[k]! * this.spans[k]! + (last > k ? series[last]! * this.spans[last]! : 0);
        values[i]!.push(span > 0 ? weighted / span : series[last]!);
      });
    }
    this.times = times;
    this.spans = spans;
    this.values = values;
  }
}
