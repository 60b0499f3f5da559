import type { Engine } from './engine.ts';

/**
 * One series tick: each adapter's busiest port-direction and each PCIe cable's busier direction
 * over the interval since the last tick. Returns the time of the next tick, snapped to the end of
 * the run so that float sums of the step never add a sliver of an interval; undefined at the end.
 */
export function sampleSeries(engine: Engine, t: number): number | undefined {
  const { resources, model, seriesSamples, warmup, cableBase } = engine;
  const elapsed = t - engine.lastTick;
  for (let r = 0; r < resources.count; r++) if (resources.busyIo[r]! >= 0) resources.accountBusy(r, t, warmup);
  const busiest = (a: number, b: number) => Math.max(resources.intervalBusy[a]!, resources.intervalBusy[b]!) / elapsed;
  model.adapters.forEach((adapter, a) => {
    let value = 0;
    for (const port of adapter.ports) value = Math.max(value, busiest(2 * port, 2 * port + 1));
    seriesSamples[a] = value;
  });
  model.cables.forEach((_, c) => {
    seriesSamples[model.adapters.length + c] = busiest(cableBase + 2 * c, cableBase + 2 * c + 1);
  });
  resources.intervalBusy.fill(0);
  const step = engine.series.push(seriesSamples);
  engine.lastTick = t;
  const { duration } = engine.options;
  if (t >= duration) return undefined;
  const next = t + step;
  return duration - next < step * 1e-6 ? duration : next;
}

/** At the end of the run: the services and queue lengths still open are accounted up to the end. */
export function closeAccounts(engine: Engine): void {
  const { resources, warmup } = engine;
  const end = engine.options.duration;
  for (let r = 0; r < resources.count; r++) {
    if (resources.busyIo[r]! >= 0) resources.accountBusy(r, end, warmup);
    resources.changeOccupancy(r, 0, end, warmup);
  }
}
