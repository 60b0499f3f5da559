import { describe, expect, it } from 'vitest';
import { example } from '../model/index.ts';
import { createSimulation } from './index.ts';

describe('frames', () => {
  it('lay out the pools of the design: a switch pool per class, with its adapters', () => {
    const simulation = createSimulation(example('virtualized-rack'), { seed: 1, duration: 2 });
    expect(simulation.layout.pools.map(({ switchId, trafficClass, adapterIds }) => ({ switchId, trafficClass, adapterIds }))).toEqual([
      { switchId: 'sw1', trafficClass: 'storage', adapterIds: ['hba1', 'hba2'] },
      { switchId: 'sw1', trafficClass: 'network', adapterIds: ['nic1', 'nic2'] },
    ]);
    const frame = simulation.advanceTo(0.5);
    expect(frame.poolQueued).toHaveLength(2);
    expect(frame.classThroughput).toHaveLength(2);
  });

  it('report throughput per class that adds up to what the adapters of that class moved', () => {
    const duration = 2;
    const simulation = createSimulation(example('virtualized-rack'), { seed: 1, duration, warmup: 0.5 });
    simulation.advanceTo(0.5);
    let storage = 0;
    let network = 0;
    for (let t = 0.6; t <= duration + 1e-9; t += 0.1) {
      const frame = simulation.advanceTo(t);
      storage += frame.classThroughput[0]! * 0.1;
      network += frame.classThroughput[1]! * 0.1;
    }
    const result = simulation.result();
    const window = duration - 0.5;
    const byKind = (kind: string) => result.adapters.filter((a) => a.kind === kind).reduce((sum, a) => sum + a.throughputMBps * window, 0);
    // Bytes are counted as they complete, busy time as it passes: they differ by what is in service at the edges.
    expect(storage / byKind('fc-hba')).toBeCloseTo(1, 2);
    expect(network / byKind('eth-nic')).toBeCloseTo(1, 2);
  });

  it('count I/Os waiting in a pool\'s shared queue, never negative', () => {
    const simulation = createSimulation(example('virtualized-rack'), { seed: 4, duration: 5 });
    let most = 0;
    for (let t = 0.01; t <= 5; t += 0.01) {
      const frame = simulation.advanceTo(t);
      for (const queued of frame.poolQueued) {
        expect(queued).toBeGreaterThanOrEqual(0);
        most = Math.max(most, queued);
      }
    }
    expect(most).toBeGreaterThan(0);
  });
});
