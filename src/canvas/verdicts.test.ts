import { describe, expect, it } from 'vitest';
import { example } from '../model/index.ts';
import { createAppStore } from '../store/index.ts';
import { cableTargets, cableVerdict, paletteVerdict, placementVerdict } from './verdicts.ts';

function rackWithFreeParts() {
  const store = createAppStore(example('virtualized-rack'));
  store.getState().addNode('fc-hba', { x: 0, y: 900 });
  store.getState().addNode('server', { x: 2000, y: 0 });
  store.getState().addNode('san', { x: 0, y: 1200 });
  return store.getState().document;
}

describe('what a drop would do', () => {
  it('says where an adapter would go, or the model’s reason', () => {
    const t = rackWithFreeParts();
    expect(placementVerdict(t, 'hba3', 'sw1')).toEqual({ ok: true, text: 'Add FC HBA 3 to the pool of IOV switch' });
    expect(placementVerdict(t, 'hba3', 's1')).toEqual({ ok: true, text: 'Dedicate FC HBA 3 to Web 1' });
    expect(placementVerdict(t, 'hba3', 'san1')).toEqual({ ok: false, text: 'An adapter goes into a server (dedicated) or an IOV switch (shared pool), not into a SAN.' });
  });

  it('sets a new palette node down, or puts a new adapter in', () => {
    const t = rackWithFreeParts();
    expect(paletteVerdict(t, 'server', 'sw1')).toEqual({ ok: true, text: 'Add a new Server here' });
    expect(paletteVerdict(t, 'eth-nic', 's2')).toEqual({ ok: true, text: 'Dedicate a new Ethernet NIC to Web 2' });
    expect(paletteVerdict(t, 'eth-nic', 'lan1').ok).toBe(false);
  });

  it('marks the valid ends of a cable and explains an invalid one', () => {
    const t = rackWithFreeParts();
    const marks = cableTargets(t, 's9', ['s1', 'sw1', 'san1', 'hba3', 's9']);
    expect([...marks]).toEqual([['s1', 'invalid-target'], ['sw1', 'valid-target'], ['san1', 'invalid-target'], ['hba3', 'invalid-target']]);
    expect(cableVerdict(t, 's9', 'sw1')).toEqual({ ok: true, text: 'PCIe cable to IOV switch' });
    expect(cableVerdict(t, 'hba3', 'san2')).toEqual({ ok: true, text: 'FC cable to SAN 2' });
    expect(cableVerdict(t, 's1', 'sw1')).toEqual({ ok: false, text: 'Web 1 and IOV switch are already cabled.' });
  });
});
