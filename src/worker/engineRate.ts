/**
 * How much simulated time the engine covers per wall millisecond on this design, so that each step
 * of `advanceTo` takes about a chosen wall time. `advanceTo` has no wall-time limit of its own, and
 * one call per frame is needed because a frame's utilization spans exactly one call.
 */
export class EngineRate {
  /** Simulated seconds per wall millisecond; null until measured. */
  private rate: number | null = null;

  /**
   * @param minStep simulated seconds of the first, unmeasured step, and of the smallest: one series
   * tick, cheap on any design. Without a floor, steps dominated by a fixed cost (building a frame)
   * would measure an ever lower rate and shrink toward nothing.
   */
  constructor(private readonly minStep = 0.01) {}

  /** Where to stop a step from `time` toward `target` so that it takes about `budgetMs`. */
  stepEnd(time: number, target: number, budgetMs: number): number {
    const reach = this.rate === null ? this.minStep : Math.max(this.minStep, this.rate * budgetMs);
    return Math.min(target, time + reach);
  }

  /** A step covered `simulated` seconds in `wallMs`. */
  record(simulated: number, wallMs: number): void {
    if (!(simulated > 0)) return;
    // Timers in a browser are coarse (0.1 ms): a step under 1 ms says only "at least this fast".
    const coarse = wallMs < 1;
    const measured = simulated / Math.max(wallMs, 1);
    if (this.rate === null) this.rate = measured;
    // Grow at most 8x a step (a quiet stretch of the run must not buy one huge step), shrink at once.
    else if (coarse) this.rate = Math.max(this.rate, Math.min(measured, this.rate * 8));
    else this.rate = Math.min(measured, this.rate * 8);
  }
}
