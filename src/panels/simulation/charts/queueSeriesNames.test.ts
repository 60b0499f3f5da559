import { describe, expect, it } from 'vitest';
import { queueSeriesNames } from './queueSeriesNames.ts';

const pools = [
  { id: 'sw1/storage', switchId: 'sw1', trafficClass: 'storage' as const, adapterIds: ['hba1', 'hba2'] },
  { id: 'sw1/network', switchId: 'sw1', trafficClass: 'network' as const, adapterIds: ['nic1'] },
];

describe('the queue chart’s series', () => {
  it('read in words on the chart', () => {
    const labels = new Map([['s5', 'Backup'], ['sw1', 'IOV switch']]);
    expect([...queueSeriesNames(['server:s5', 'pool:sw1/storage', 'pool:sw1/network'], pools, labels).values()])
      .toEqual(['Backup, at the server', 'IOV switch, storage pool', 'IOV switch, network pool']);
  });
});
