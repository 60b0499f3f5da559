import { describe, expect, it } from 'vitest';
import { emptyTopology, example, PRESETS, type Topology } from '../model/index.ts';
import { createAppStore, type AppStore } from './createAppStore.ts';

const pastSteps = (store: AppStore) => store.temporal.getState().pastStates.length;
const nodeOf = (store: AppStore, id: string) => store.getState().document.nodes.find((n) => n.id === id);

/** A server, a switch, an HBA, a NIC, a SAN and a LAN, nothing placed or cabled, history empty. */
function partsStore() {
  const store = createAppStore(emptyTopology('parts'));
  const { addNode } = store.getState();
  addNode('server', { x: 0, y: 0 });
  addNode('iov-switch', { x: 0, y: 300 });
  addNode('fc-hba', { x: -300, y: 300 });
  addNode('eth-nic', { x: 600, y: 300 });
  addNode('san', { x: 0, y: 600 });
  addNode('lan', { x: 300, y: 600 });
  store.getState().load(store.getState().document);
  return store;
}

describe('the store: one undo step per intention', () => {
  it('adds a node, selects it, and undoes it in one step', () => {
    const store = createAppStore(emptyTopology());
    const result = store.getState().addNode('server', { x: 10, y: 20 });
    expect(result).toEqual({ ok: true, id: 's1' });
    expect(store.getState().selected).toEqual(['s1']);
    expect(pastSteps(store)).toBe(1);
    expect(store.getState().undo()).toBe(true);
    expect(store.getState().document.nodes).toEqual([]);
    // The selection never names what the document no longer holds.
    expect(store.getState().selected).toEqual([]);
    expect(store.getState().redo()).toBe(true);
    expect(nodeOf(store, 's1')?.position).toEqual({ x: 10, y: 20 });
  });

  it('never records selection, notices or dialogs', () => {
    const store = partsStore();
    const { select, changeSelection, notify, openDialog, clearSelection } = store.getState();
    select(['s1', 'sw1']);
    changeSelection([{ id: 'sw1', selected: false }, { id: 'san1', selected: true }]);
    expect(store.getState().selected).toEqual(['s1', 'san1']);
    notify('info', 'hello');
    openDialog({ type: 'shortcuts' });
    clearSelection();
    expect(pastSteps(store)).toBe(0);
    expect(store.getState().undo()).toBe(false);
  });

  it('records a whole drag of several nodes as one step, from the positions at its end', () => {
    const store = partsStore();
    store.getState().dropNodes({ s1: { x: 50, y: 60 }, sw1: { x: 70, y: 380 } });
    expect(pastSteps(store)).toBe(1);
    expect(nodeOf(store, 'sw1')?.position).toEqual({ x: 70, y: 380 });
    store.getState().undo();
    expect(nodeOf(store, 's1')?.position).toEqual({ x: 0, y: 0 });
    expect(nodeOf(store, 'sw1')?.position).toEqual({ x: 0, y: 300 });
  });

  it('keeps at most the history limit, and load starts the history again', () => {
    const store = createAppStore(emptyTopology());
    for (let i = 0; i < 205; i++) store.getState().moveNodes({});
    expect(pastSteps(store)).toBe(200);
    store.getState().load(example('classic-rack'));
    expect(pastSteps(store)).toBe(0);
    expect(store.getState().document.name).toBe('Classic rack');
  });
});

describe('adapters in servers and switches', () => {
  it('places an adapter released over a server (dedicated) and over a switch (pool)', () => {
    const store = partsStore();
    expect(store.getState().dropNodes({ hba1: { x: 5, y: 5 } }, 's1')).toEqual({ ok: true });
    expect(nodeOf(store, 'hba1')).toMatchObject({ parentId: 's1' });
    store.getState().dropNodes({ nic1: { x: 5, y: 5 } }, 'sw1');
    expect(nodeOf(store, 'nic1')).toMatchObject({ parentId: 'sw1' });
    expect(pastSteps(store)).toBe(2);
  });

  it('refuses a full server with the model’s reason, and leaves the adapter where it was', () => {
    const store = partsStore();
    store.getState().setProperties(['s1'], { slots: 1 });
    store.getState().placeAdapter('nic1', 's1');
    const before = store.getState().document;
    const result = store.getState().dropNodes({ hba1: { x: 999, y: 999 } }, 's1');
    expect(result).toEqual({ ok: false, reason: 'Server 1 has all 1 slots in use: remove an adapter or a PCIe cable, or raise its slot count.' });
    expect(store.getState().document).toBe(before);
    expect(store.getState().notice).toMatchObject({ tone: 'refusal', text: result.ok ? '' : result.reason });
  });

  it('refuses a release over something that holds no adapters', () => {
    const store = partsStore();
    const result = store.getState().dropNodes({ hba1: { x: 0, y: 0 } }, 'san1');
    expect(result.ok ? '' : result.reason).toMatch(/goes into a server \(dedicated\) or an IOV switch \(shared pool\), not into a SAN/);
    expect(nodeOf(store, 'hba1')?.position).toEqual({ x: -300, y: 300 });
  });

  it('moves a server released over another node instead of placing it', () => {
    const store = partsStore();
    store.getState().dropNodes({ s1: { x: 0, y: 290 } }, 'sw1');
    expect(nodeOf(store, 's1')?.position).toEqual({ x: 0, y: 290 });
  });

  it('moves an adapter from a server into the switch and takes it out again, keeping its cable', () => {
    const store = partsStore();
    const { placeAdapter, connect, unplaceAdapter } = store.getState();
    placeAdapter('hba1', 's1');
    connect('hba1', 'san1');
    placeAdapter('hba1', 'sw1');
    expect(nodeOf(store, 'hba1')).toMatchObject({ parentId: 'sw1' });
    unplaceAdapter('hba1', { x: 40, y: 50 });
    expect(nodeOf(store, 'hba1')).not.toHaveProperty('parentId');
    expect(store.getState().document.links).toEqual([{ id: 'l1', kind: 'fc', source: 'hba1', target: 'san1' }]);
    expect(pastSteps(store)).toBe(4);
  });

  it('adds an adapter from the palette straight into a switch as one step, or not at all', () => {
    const store = partsStore();
    expect(store.getState().addAdapterInto('fc-hba', 'sw1', { x: 0, y: 0 })).toEqual({ ok: true, id: 'hba2' });
    expect(nodeOf(store, 'hba2')).toMatchObject({ parentId: 'sw1' });
    expect(store.getState().selected).toEqual(['hba2']);
    expect(pastSteps(store)).toBe(1);
    store.getState().setProperties(['sw1'], { adapterSlots: 1 });
    const refused = store.getState().addAdapterInto('eth-nic', 'sw1', { x: 0, y: 0 });
    expect(refused.ok).toBe(false);
    expect(store.getState().document.nodes.filter((n) => n.kind === 'eth-nic')).toHaveLength(1);
  });
});

describe('cabling, removing and editing', () => {
  it('cables in either direction, the kind following from the ends, and selects the cable', () => {
    const store = partsStore();
    expect(store.getState().connect('sw1', 's1')).toEqual({ ok: true, id: 'l1' });
    expect(store.getState().document.links[0]).toEqual({ id: 'l1', kind: 'pcie', source: 's1', target: 'sw1' });
    expect(store.getState().selected).toEqual(['l1']);
    const refused = store.getState().connect('s1', 'san1');
    expect(refused).toEqual({ ok: false, reason: 'A server reaches a fabric through an adapter: place an FC HBA or a NIC in it, or cable it to an IOV switch.' });
  });

  it('removes a switch with its pool and cables, and forgets them in the selection', () => {
    const store = createAppStore(example('virtualized-rack'));
    store.getState().select(['sw1', 's1']);
    store.getState().remove(['sw1']);
    const { document, selected } = store.getState();
    expect(document.nodes.some((n) => n.id === 'hba1' || n.id === 'sw1')).toBe(false);
    expect(document.links).toEqual([]);
    expect(selected).toEqual(['s1']);
    store.getState().undo();
    expect(store.getState().document.links).toHaveLength(12);
  });

  it('sets a property on several nodes as one step, or on none when one refuses', () => {
    const store = createAppStore(example('virtualized-rack'));
    expect(store.getState().setProperties(['s1', 's2'], { pcieLanes: 16 }).ok).toBe(true);
    expect(nodeOf(store, 's2')?.props).toMatchObject({ pcieLanes: 16 });
    expect(pastSteps(store)).toBe(1);
    const before = store.getState().document;
    const refused = store.getState().setProperties(['s1', 's2'], { pcieLanes: 3 });
    expect(refused).toEqual({ ok: false, reason: 'PCIe lanes must be one of 1, 2, 4, 8, 16.' });
    expect(store.getState().document).toBe(before);
  });

  it('lets a field show a refusal itself: a quiet edit leaves no notice', () => {
    const store = createAppStore(example('virtualized-rack'));
    const result = store.getState().setProperties(['hba1'], { ports: 9 }, { quiet: true });
    expect(result).toEqual({ ok: false, reason: 'Ports must be between 1 and 4.' });
    expect(store.getState().notice).toBeNull();
    store.getState().setProperties(['hba1'], { ports: 9 });
    expect(store.getState().notice?.text).toBe('Ports must be between 1 and 4.');
  });

  it('applies a workload preset or values to servers', () => {
    const store = createAppStore(example('virtualized-rack'));
    store.getState().setWorkload(['s1', 's8'], 'database');
    expect(nodeOf(store, 's8')).toMatchObject({ workload: PRESETS.database });
    const refused = store.getState().setWorkload(['s1'], { readShare: 2 });
    expect(refused.ok ? '' : refused.reason).toMatch(/readShare is 2, above the maximum of 1/);
  });

  it('sets a QoS cap on servers in one undo step, and undoes it back to no qos at all', () => {
    const store = createAppStore(example('virtualized-rack'));
    const before = pastSteps(store);
    expect(store.getState().setQos(['s1', 's2'], { trafficClass: 'storage', values: { maxMBps: 150 } })).toEqual({ ok: true });
    expect(nodeOf(store, 's2')).toMatchObject({ qos: { storage: { maxMBps: 150 } } });
    expect(pastSteps(store)).toBe(before + 1);
    const refused = store.getState().setQos(['s1'], { trafficClass: 'storage', values: { minMBps: 200 } });
    expect(refused.ok ? '' : refused.reason).toMatch(/minMBps is 200, above the cap maxMBps of 150/);
    expect(pastSteps(store)).toBe(before + 1);
    store.getState().undo();
    expect(store.getState().document).toEqual(example('virtualized-rack'));
    store.getState().redo();
    expect(nodeOf(store, 's1')).toMatchObject({ qos: { storage: { maxMBps: 150 } } });
  });

  it('renames a node and the design as plain text, refusing an empty name', () => {
    const store = partsStore();
    store.getState().rename('s1', '  Web\tfront ');
    expect(nodeOf(store, 's1')?.label).toBe('Web front');
    store.getState().renameDesign('Lab 3');
    expect(store.getState().document.name).toBe('Lab 3');
    expect(store.getState().renameDesign('  ').ok).toBe(false);
    expect(store.getState().document.name).toBe('Lab 3');
  });
});

describe('copy and paste', () => {
  it('pastes a server with its adapters and their cables under new ids, offset, in one step', () => {
    const store = createAppStore(example('classic-rack'));
    const fragment = store.getState().copy(['s1', 'san1']);
    // In document order, whatever the order of the selection.
    expect(fragment?.nodes.map((n) => n.id)).toEqual(['san1', 's1', 'hba1', 'nic1']);
    expect(fragment?.links.map((l) => [l.source, l.target])).toEqual([['hba1', 'san1']]);
    const result = store.getState().paste(fragment!);
    expect(result.ok).toBe(true);
    const doc: Topology = store.getState().document;
    expect(store.getState().selected).toEqual(['san2', 's9']);
    expect(doc.nodes.find((n) => n.id === 's9')).toMatchObject({ label: 'Web 1', position: { x: 40, y: 40 } });
    expect(doc.nodes.find((n) => n.id === 'hba9')).toMatchObject({ parentId: 's9' });
    expect(doc.nodes.find((n) => n.id === 'nic9')).toMatchObject({ parentId: 's9' });
    expect(doc.links.at(-1)).toEqual({ id: 'l17', kind: 'fc', source: 'hba9', target: 'san2' });
    expect(pastSteps(store)).toBe(1);
  });

  it('gives a default label the new number, and frees an adapter copied without its parent', () => {
    const store = partsStore();
    store.getState().placeAdapter('hba1', 's1');
    const fragment = store.getState().copy(['hba1', 'lan1']);
    store.getState().paste(fragment!);
    const pasted = nodeOf(store, 'hba2');
    expect(pasted).toMatchObject({ label: 'FC HBA 2', position: { x: 80, y: 80 } });
    expect(pasted).not.toHaveProperty('parentId');
    expect(nodeOf(store, 'lan2')).toMatchObject({ label: 'LAN 2', position: { x: 340, y: 640 } });
  });
});
