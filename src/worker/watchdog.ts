/** The timers the watchdog needs; a test passes fake ones. */
export type Timers = {
  setTimeout(task: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
};

/** How long a busy worker may stay silent before the page gives up on it. */
export const SILENCE_LIMIT_MS = 5000;

/**
 * Calls `onSilence` when the worker, expected to answer, says nothing for `limitMs`: a worker stuck in
 * a loop throws no error, and without this the page would wait for it forever.
 */
export class Watchdog {
  private handle: unknown = null;

  constructor(private readonly timers: Timers, private readonly onSilence: () => void, private readonly limitMs = SILENCE_LIMIT_MS) {}

  get watching(): boolean {
    return this.handle !== null;
  }

  /** Something is expected from now on (a request sent): start counting unless already counting. */
  expect(): void {
    if (this.handle === null) this.restart();
  }

  /** The worker spoke: count afresh while more is expected (playing, running), else stop. */
  heard(moreExpected: boolean): void {
    this.stop();
    if (moreExpected) this.restart();
  }

  stop(): void {
    if (this.handle !== null) this.timers.clearTimeout(this.handle);
    this.handle = null;
  }

  private restart(): void {
    this.handle = this.timers.setTimeout(() => {
      this.handle = null;
      this.onSilence();
    }, this.limitMs);
  }
}
