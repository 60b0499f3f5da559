import { describe, expect, it } from 'vitest';
import { cappedDemand } from './cappedDemand.ts';
import { example } from './examples/index.ts';
import { noisyNeighbourFlood, NOISY_CAP_MBPS, NOISY_SERVER_ID } from './examples/noisyNeighbour.ts';
import { groupUtilization, offeredLoad } from './offeredLoad.ts';
import { setQos } from './operations/index.ts';
import { demandOf } from './queueing/workloadMapping.ts';
import type { ServerNode, Topology } from './schema.ts';

const serverOf = (t: Topology, id: string) => t.nodes.find((n): n is ServerNode => n.id === id && n.kind === 'server')!;
const bytesPerSecond = (d: ReturnType<typeof demandOf>) => d.up.arrivalRate * d.up.meanBytes + d.down.arrivalRate * d.down.meanBytes;
/** How much of a class's demand its caps let through, 0..1 (reads and writes scale alike). */
const capShare = (server: ServerNode, trafficClass: 'storage' | 'network') => {
  const asked = demandOf(server.workload, trafficClass);
  return cappedDemand(server, trafficClass).up.arrivalRate / asked.up.arrivalRate;
};

function capped(t: Topology, patch: Parameters<typeof setQos>[2]): Topology {
  const result = setQos(t, NOISY_SERVER_ID, patch);
  if (!result.ok) throw new Error(result.reason);
  return result.topology;
}

// The noisy-neighbour example's figures through cappedDemand (the rules' arithmetic of a cap).
describe('a server’s demand held to its QoS caps, on the noisy neighbour', () => {
  it('is what it asks when it has no cap', () => {
    const backup = serverOf(noisyNeighbourFlood(), NOISY_SERVER_ID);
    expect(capShare(backup, 'storage')).toBe(1);
    expect(cappedDemand(backup, 'storage')).toEqual(demandOf(backup.workload, 'storage'));
  });

  it('passes at most the storage cap, both directions together, reads and writes in their shares', () => {
    const backup = serverOf(capped(noisyNeighbourFlood(), { trafficClass: 'storage', values: { maxMBps: NOISY_CAP_MBPS } }), NOISY_SERVER_ID);
    const shaped = cappedDemand(backup, 'storage');
    expect(bytesPerSecond(shaped)).toBeCloseTo(NOISY_CAP_MBPS * 1e6, 0);
    expect(shaped.up.arrivalRate / (shaped.up.arrivalRate + shaped.down.arrivalRate)).toBeCloseTo(backup.workload.readShare, 10);
    // The network is not capped by a storage cap.
    expect(capShare(backup, 'network')).toBe(1);
  });

  it('takes the tighter of the byte and I/O caps, and caps the network in megabits', () => {
    const t = capped(capped(noisyNeighbourFlood(), { trafficClass: 'storage', values: { maxMBps: 1000, maxIops: 100 } }), { trafficClass: 'network', values: { maxMbps: 100 } });
    const backup = serverOf(t, NOISY_SERVER_ID);
    const storage = cappedDemand(backup, 'storage');
    expect(storage.up.arrivalRate + storage.down.arrivalRate).toBeCloseTo(100, 8);
    // 400 Mb/s asked, 100 allowed.
    expect(capShare(backup, 'network')).toBeCloseTo(0.25, 10);
  });

  it('loads the pool with the capped rate: the flood overloads it, the cap does not', () => {
    const flood = noisyNeighbourFlood();
    const pool = (t: Topology) => groupUtilization(offeredLoad(t).groups.find((g) => g.id === 'sw1/storage')!);
    expect(pool(flood)).toBeGreaterThan(1);
    expect(pool(example('noisy-neighbour'))).toBeLessThan(0.2);
  });
});
