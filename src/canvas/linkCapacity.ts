import { indexOf, type Topology } from '../model/index.ts';
import { linkRate } from './linkRate.ts';

const cache = new WeakMap<Topology, ReadonlyMap<string, number>>();

/**
 * Bytes per second one port-direction of each cable carries at full load: a link's utilization is
 * that of its busiest port-direction, so utilization times this is (about) what that direction
 * moves. Cached per document (documents are immutable).
 */
export function linkCapacities(topology: Topology): ReadonlyMap<string, number> {
  let capacities = cache.get(topology);
  if (capacities) return capacities;
  const index = indexOf(topology);
  capacities = new Map(topology.links.flatMap((link) => {
    const rate = linkRate(index, link);
    return rate ? [[link.id, rate.perPort] as const] : [];
  }));
  cache.set(topology, capacities);
  return capacities;
}
