import type { Prices } from '../../model/index.ts';
import { pricesAssumed } from './compareFigures.ts';

export type ReportHeading = { title: string; subtitle: string; assumptions: string[] };

const seconds = (s: number) => `${Number(s.toPrecision(6))} s`;
const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/**
 * The lines at the top of the printed comparison: what was compared, when, and under which
 * assumptions, so the page stands on its own once handed on.
 */
export function reportHeading(input: { title?: string; designName: string; date: Date; seed: number; duration: number; warmup: number; prices: Prices }): ReportHeading {
  return {
    title: `${input.title ?? 'Dedicated and virtualized I/O'}: ${input.designName}`,
    subtitle: `IOV Studio comparison, ${DATE.format(input.date)}`,
    assumptions: [
      `Both designs run the same workloads with seed ${input.seed} for ${seconds(input.duration)} of simulated time (the first ${seconds(input.warmup)} not counted).`,
      `Response times are the worst server’s, end to end; utilization is the adapters’ busy share.`,
      `Prices and power: ${pricesAssumed(input.prices)}. They are estimates, not quotes.`,
    ],
  };
}
