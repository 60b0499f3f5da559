import type { IoPath } from './ioPath.ts';
import { SeriesSet } from './stats/series.ts';

/** The first series step, seconds; it doubles whenever a series fills (SIMULATION.md). */
export const FIRST_SERIES_STEP = 0.01;

/**
 * The utilization series of a run: at each tick, each adapter's busiest port-direction and each
 * PCIe cable's busier direction over the interval since the last tick.
 */
export class SeriesSampler {
  readonly series: SeriesSet;
  private readonly path: IoPath;
  private readonly duration: number;
  private readonly samples: Float64Array;
  private lastTick = 0;

  constructor(path: IoPath, duration: number) {
    const { model } = path;
    this.path = path;
    this.duration = duration;
    this.series = new SeriesSet(model.adapters.length + model.cables.length, FIRST_SERIES_STEP);
    this.samples = new Float64Array(model.adapters.length + model.cables.length);
  }

  /**
   * One tick. Returns the time of the next one, snapped to the end of the run so that float sums
   * of the step never add a sliver of an interval; undefined at the end.
   */
  sample(t: number): number | undefined {
    const { resources, model, warmup, cableBase } = this.path;
    const { samples } = this;
    const elapsed = t - this.lastTick;
    for (let r = 0; r < resources.count; r++) if (resources.busyIo[r]! >= 0) resources.accountBusy(r, t, warmup);
    const busiest = (a: number, b: number) => Math.max(resources.intervalBusy[a]!, resources.intervalBusy[b]!) / elapsed;
    model.adapters.forEach((adapter, a) => {
      let value = 0;
      for (const port of adapter.ports) value = Math.max(value, busiest(2 * port, 2 * port + 1));
      samples[a] = value;
    });
    model.cables.forEach((_, c) => {
      samples[model.adapters.length + c] = busiest(cableBase + 2 * c, cableBase + 2 * c + 1);
    });
    resources.intervalBusy.fill(0);
    const step = this.series.push(samples);
    this.lastTick = t;
    const { duration } = this;
    if (t >= duration) return undefined;
    const next = t + step;
    return duration - next < step * 1e-6 ? duration : next;
  }
}

/** At the end of the run: the services and queue lengths still open are accounted up to the end. */
export function closeAccounts(path: IoPath, end: number): void {
  const { resources, warmup } = path;
  for (let r = 0; r < resources.count; r++) {
    if (resources.busyIo[r]! >= 0) resources.accountBusy(r, end, warmup);
    resources.changeOccupancy(r, 0, end, warmup);
  }
  for (const queue of path.sharedQueues) queue.account(end);
  for (const queue of path.fair?.queues ?? []) queue.account(end);
  for (const held of path.admission?.held ?? []) held.account(end);
  path.streamStats.flushZeroWaits();
  path.poolStats.flushZeroWaits();
}
