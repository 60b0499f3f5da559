import { hashString } from '../model/hashString.ts';

/** Independent replications behind every sized or swept figure: enough for a Student t bound with 4 degrees of freedom. */
export const DEFAULT_REPLICATIONS = 5;
/** More than this buys little precision for its time, and a typo of 5000 would hold a machine for hours. */
export const MAX_REPLICATIONS = 100;

/**
 * The seed of each replication, derived from the design's seed alone, so that the same design gives the
 * same replications everywhere (a shard of a sweep, a worker, another machine). Replication 0 runs the
 * design's own seed, so its figures are those of `iov simulate`; the others hash their index into it
 * (FNV-1a, model/hashString.ts), which keeps them apart from each other and from the seed's neighbours.
 */
export function replicationSeeds(seed: number, count: number): number[] {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`replications must be a whole number of at least 1, got ${count}`);
  const base = seed >>> 0;
  return Array.from({ length: count }, (_, r) => (r === 0 ? base : hashString(`replication ${r}`, base)));
}
