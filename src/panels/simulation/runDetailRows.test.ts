import { describe, expect, it } from 'vitest';
import { example } from '../../model/index.ts';
import { simulate } from '../../sim/index.ts';
import { singleQueueDesign } from '../../sim/validationDesigns.ts';
import { faultWindowRows, portRows } from './runDetailRows.ts';

describe('portRows', () => {
  it('lists every port of an adapter with several, none for single-port adapters', () => {
    const twoPorts = simulate(singleQueueDesign({ arrivalRate: 1400, serviceSeconds: 1e-3, adapterPorts: 2, duration: 2 }));
    const rows = portRows(twoPorts, new Map([['hba1', 'HBA 1']]));
    expect(rows.map((r) => [r.portId, r.adapterLabel])).toEqual([['hba1:1', 'HBA 1'], ['hba1:2', 'HBA 1']]);
    expect(rows[0]!.up).toBe(twoPorts.adapters[0]!.ports[0]!.utilizationUp);
    expect(rows[0]!.down).toBe(0);
    expect(portRows(simulate(example('virtualized-rack'), { duration: 1 }))).toEqual([]);
  });
});

describe('faultWindowRows', () => {
  it('names the failed elements by label and gives p99 per class and the failed I/Os of each window', () => {
    const rack = example('classic-rack');
    const result = simulate({ ...rack, settings: { ...rack.settings, duration: 3, warmup: 0.2, faults: [{ at: 1, until: 2, target: 'hba3' }] } });
    const rows = faultWindowRows(result, new Map([['hba3', 'HBA 3']]));
    expect(rows.map((r) => [r.start, r.end, r.failed])).toEqual([[0.2, 1, []], [1, 2, ['HBA 3']], [2, 3, []]]);
    expect(rows[1]!.failedIos).toBe(result.faultWindows[1]!.storage.failed + result.faultWindows[1]!.network.failed);
    expect(rows[1]!.failedIos).toBeGreaterThan(2500);
    expect(rows[0]!.failedIos).toBe(0);
    expect(rows[1]!.storageP99).toBe(result.faultWindows[1]!.storage.responseMs.p99);
    expect(faultWindowRows(simulate(rack, { duration: 1 }))).toEqual([]);
  });
});
