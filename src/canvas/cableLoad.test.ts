import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../model/index.ts';
import type { AppState } from '../store/index.ts';
import { cableLoad } from './cableLoad.ts';
import { linkCapacities } from './linkCapacity.ts';

const topology = EXAMPLES['virtualized-rack'].build();
const [a, b, c] = topology.links.map((l) => l.id) as [string, string, string];

/** A run's state as the selectors read it: each link's utilization in the latest frame. */
function running(utilizations: Record<string, number>): AppState {
  const ids = Object.keys(utilizations);
  return {
    document: topology,
    simulation: {
      runDocument: topology,
      layout: { linkIndex: new Map(ids.map((id, i) => [id, i])) },
      frame: { linkUtilization: Float64Array.from(ids.map((id) => utilizations[id]!)) },
    },
  } as unknown as AppState;
}

describe("a drawn cable's load", () => {
  it("is a cable's own utilization, and what that moves", () => {
    const load = cableLoad(running({ [a]: 0.5 }), a);
    expect(load?.utilization).toBe(0.5);
    expect(load?.throughput).toBeCloseTo(0.5 * linkCapacities(topology).get(a)!);
  });

  it("is a bundle's busiest member's, whatever the bundle's own id", () => {
    const load = cableLoad(running({ [a]: 0.2, [b]: 0.7, [c]: 0.1 }), 'bundle:g1>sw1:pcie', [a, b, c]);
    expect(load?.utilization).toBe(0.7);
    expect(load?.throughput).toBeCloseTo(0.7 * linkCapacities(topology).get(b)!);
  });

  it('is nothing without a run, or for cables the run does not know', () => {
    expect(cableLoad(running({}), a)).toBeUndefined();
    expect(cableLoad(running({ [a]: 0.3 }), 'bundle:x', [b, c])).toBeUndefined();
  });
});
