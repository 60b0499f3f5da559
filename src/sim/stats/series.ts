export const MAX_SERIES_POINTS = 2000;

/**
 * Time series of many values sampled together (one per adapter and link), bounded in memory: when a
 * series reaches 2,000 points, neighbours merge (their mean) and the step doubles (SIMULATION.md).
 */
export class SeriesSet {
  readonly values: Float32Array[];
  length = 0;
  step: number;

  constructor(count: number, initialStep: number) {
    this.values = Array.from({ length: count }, () => new Float32Array(MAX_SERIES_POINTS));
    this.step = initialStep;
  }

  /** Appends one sample per series; returns the step to use from now on. */
  push(samples: ArrayLike<number>): number {
    for (let i = 0; i < this.values.length; i++) this.values[i]![this.length] = samples[i]!;
    this.length++;
    if (this.length === MAX_SERIES_POINTS) this.halve();
    return this.step;
  }

  private halve(): void {
    for (const series of this.values) {
      for (let i = 0; i < MAX_SERIES_POINTS / 2; i++) series[i] = (series[2 * i]! + series[2 * i + 1]!) / 2;
    }
    this.length = MAX_SERIES_POINTS / 2;
    this.step *= 2;
  }

  /** Series i as plain numbers, with the time at the end of each interval. */
  read(i: number): { step: number; values: number[] } {
    return { step: this.step, values: Array.from(this.values[i]!.subarray(0, this.length)) };
  }
}
