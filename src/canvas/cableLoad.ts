import type { Topology } from '../model/index.ts';
import { linkUtilization } from '../store/simulationSelectors.ts';
import type { AppState } from '../store/index.ts';
import { linkCapacities } from './linkCapacity.ts';

/** What a drawn cable carries now: its utilization and the bytes per second behind it. */
export type CableLoad = { utilization: number; throughput: number };

/**
 * The load of a cable as drawn: one cable's own, or a bundle's (semantic zoom: its `members`) as
 * its busiest member's, which is what its colour, width and figure show, as a group's bar shows
 * its busiest server. Undefined without a run.
 */
export function cableLoad(state: AppState, id: string, members?: readonly string[]): CableLoad | undefined {
  const capacities = linkCapacities((state.simulation.runDocument ?? state.document) as Topology);
  let busiest: CableLoad | undefined;
  for (const member of members ?? [id]) {
    const utilization = linkUtilization(state, member);
    if (utilization === undefined) continue;
    if (!busiest || utilization > busiest.utilization) busiest = { utilization, throughput: utilization * (capacities.get(member) ?? 0) };
  }
  return busiest;
}
