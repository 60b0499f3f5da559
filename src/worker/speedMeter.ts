/** Long enough to smooth the jitter of timers, short enough to follow a change of load. */
const WINDOW_MS = 1000;

/** The speed playback actually reached: simulated seconds per wall second over the last second. */
export class SpeedMeter {
  private samples: { wallMs: number; time: number }[] = [];

  /** Start measuring afresh (a play, a step, a run to the end). */
  reset(wallMs: number, time: number): void {
    this.samples = [{ wallMs, time }];
  }

  record(wallMs: number, time: number): void {
    this.samples.push({ wallMs, time });
    // Keep one sample at or before the window's start, so that the window is always covered.
    while (this.samples.length > 2 && this.samples[1]!.wallMs <= wallMs - WINDOW_MS) this.samples.shift();
  }

  /** 0 until some wall time has passed. */
  speed(): number {
    const first = this.samples[0];
    const last = this.samples.at(-1);
    if (!first || !last || last.wallMs <= first.wallMs) return 0;
    return ((last.time - first.time) * 1000) / (last.wallMs - first.wallMs);
  }
}
