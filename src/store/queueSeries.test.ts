import { describe, expect, it } from 'vitest';
import { fakeFrame } from './fakeSimulationClient.ts';
import { createQueueSeries, queueCounts } from './queueSeries.ts';

const pools = [
  { id: 'sw1/storage', switchId: 'sw1', trafficClass: 'storage' as const, adapterIds: ['hba1', 'hba2'] },
  { id: 'hba9', switchId: null, trafficClass: 'storage' as const, adapterIds: ['hba9'] },
  { id: 'sw1/network', switchId: 'sw1', trafficClass: 'network' as const, adapterIds: ['nic1'] },
];
// Every server is in a frame's serverQueued; only s5 (index 4) holds its own back.
const layout = { pools, heldServerIds: ['s5'], heldServerIndex: new Map([['s5', 4]]) };

describe('the queues over a run', () => {
  it('follow the servers that hold their own I/O back, then the switch pools, not the dedicated ones', () => {
    const series = createQueueSeries(layout)!;
    expect(series.names).toEqual(['server:s5', 'pool:sw1/storage', 'pool:sw1/network']);
    const frame = { ...fakeFrame(1, []), serverQueued: Int32Array.from([0, 0, 0, 0, 1234, 0, 0, 0]), poolQueued: Int32Array.from([2, 9, 0]) };
    expect(queueCounts(layout, frame)).toEqual([1234, 2, 0]);
    series.push(1, queueCounts(layout, frame));
    expect(series.rows()).toEqual([{ time: 1, 'server:s5': 1234, 'pool:sw1/storage': 2, 'pool:sw1/network': 0 }]);
  });

  it('are not kept for a run where no server holds any back', () => {
    expect(createQueueSeries({ ...layout, heldServerIds: [], heldServerIndex: new Map() })).toBeNull();
  });
});
