import { axisTicks, MAX_TICKS } from '../simulation/charts/chartTicks.ts';

/**
 * Round ticks (1-2-5 steps, chartTicks.ts) over a range that need not start at 0: the sizing chart
 * shows p99 around its target, where a tenth of a millisecond must show.
 */
export function rangeTicks(low: number, high: number, most = MAX_TICKS): { domain: [number, number]; ticks: number[] } {
  if (!(Number.isFinite(low) && Number.isFinite(high)) || high <= low) return axisTicks(Math.max(high, 0), most);
  const [, step = high] = axisTicks(high - low, most - 1).ticks;
  const start = Math.max(0, Math.floor(low / step + 1e-9) * step);
  const count = Math.ceil((high - start) / step - 1e-9);
  const ticks = Array.from({ length: count + 1 }, (_, i) => Number((start + i * step).toPrecision(12)));
  return { domain: [ticks[0]!, ticks.at(-1)!], ticks };
}
