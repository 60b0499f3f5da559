import { describe, expect, it } from 'vitest';
import { example } from '../examples/index.ts';
import { groupUtilization, offeredLoad } from '../offeredLoad.ts';
import { addNode, setProperties, setWorkload } from '../operations/index.ts';
import { checkDesign, countBySeverity } from '../rules/index.ts';
import type { Topology } from '../schema.ts';
import { dedicate } from './dedicate.ts';
import { poolAdapters, setPoolSize } from './poolSize.ts';
import { virtualize } from './virtualize.ts';
import { makeRoomBelowSwitch } from './roomBelowSwitch.ts';

function ok(result: { ok: true; topology: Topology } | { ok: false; reason: string }): Topology {
  if (!result.ok) throw new Error(result.reason);
  return result.topology;
}
const servers = (t: Topology) => t.nodes.filter((n) => n.kind === 'server').map((s) => ({ id: s.id, label: s.label, position: s.position, workload: s.workload }));
const adapterKinds = (t: Topology) => t.nodes.filter((n) => n.kind === 'fc-hba' || n.kind === 'eth-nic').map((n) => n.kind).toSorted();

describe('virtualize', () => {
  const result = virtualize(example('classic-rack'));
  const virtualized = ok(result);

  it('turns the classic rack into one switch pooling 2 HBAs and 2 NICs, every server cabled once', () => {
    expect(result.ok && result.switchId).toBe('sw1');
    expect(adapterKinds(virtualized)).toEqual(['eth-nic', 'eth-nic', 'fc-hba', 'fc-hba']);
    expect(virtualized.links.filter((l) => l.kind === 'pcie')).toHaveLength(8);
    expect(new Set(virtualized.links.filter((l) => l.kind === 'pcie').map((l) => l.source)).size).toBe(8);
    expect(poolAdapters(virtualized, 'sw1', 'storage').every((a) => a.kind === 'fc-hba' && a.props.speedGfc === 8)).toBe(true);
  });

  it('keeps the servers and their workloads, and leaves no error', () => {
    expect(servers(virtualized)).toEqual(servers(example('classic-rack')));
    expect(countBySeverity(checkDesign(virtualized)).error).toBe(0);
  });

  it('sizes each pool to stay under 70 % with one adapter failed', () => {
    for (const group of offeredLoad(virtualized, new Set(['hba1', 'nic1'])).groups) expect(groupUtilization(group)).toBeLessThan(0.7);
  });

  it('sizes a heavier rack a bigger pool', () => {
    let heavy = example('classic-rack');
    for (let i = 1; i <= 8; i++) heavy = ok(setWorkload(heavy, `s${i}`, { storageIops: 2400, blockKiB: 64, readShare: 1 }));
    // 8 × 2400 × 64 KiB = 1,258 MB/s of reads: 2.2 8GFC ports at 70 %, so 3 plus one spare.
    expect(poolAdapters(ok(virtualize(heavy)), 'sw1', 'storage')).toHaveLength(4);
  });

  it('uses a chosen switch when it has room, and says why when it has not', () => {
    const added = addNode(example('classic-rack'), 'iov-switch', { x: 800, y: 300 });
    const withSwitch = ok(added);
    const small = ok(setProperties(withSwitch, 'sw1', { serverPorts: 4 }));
    expect(virtualize(small, 'sw1')).toEqual({ ok: false, reason: 'IOV switch 1 has 4 free server ports for 8 servers: choose a larger switch or a new one.' });
    const onChosen = virtualize(withSwitch, 'sw1');
    expect(onChosen.ok && onChosen.switchId).toBe('sw1');
    expect(ok(onChosen).nodes.filter((n) => n.kind === 'iov-switch')).toHaveLength(1);
    expect(virtualize(withSwitch, 'san1')).toEqual({ ok: false, reason: 'There is no IOV switch san1 in the design.' });
  });

  it('refuses a design with no dedicated adapter', () => {
    expect(virtualize(example('virtualized-rack'))).toEqual({ ok: false, reason: 'No server has adapters of its own: there is nothing to virtualize.' });
  });
});

describe('dedicate', () => {
  it('gives every server of the virtualized rack its own HBA and NIC of the pool’s speed', () => {
    const dedicated = ok(dedicate(example('virtualized-rack')));
    expect(dedicated.nodes.filter((n) => n.kind === 'iov-switch')).toEqual([]);
    expect(dedicated.links.filter((l) => l.kind === 'pcie')).toEqual([]);
    expect(adapterKinds(dedicated)).toEqual([...Array(8).fill('eth-nic'), ...Array(8).fill('fc-hba')]);
    expect(countBySeverity(checkDesign(dedicated)).error).toBe(0);
  });

  it('and back: a virtualized design dedicated and virtualized again keeps its servers, workloads and pool', () => {
    const original = example('virtualized-rack');
    const again = ok(virtualize(ok(dedicate(original))));
    expect(servers(again)).toEqual(servers(original));
    expect(adapterKinds(again)).toEqual(adapterKinds(original));
    expect(countBySeverity(checkDesign(again))).toEqual(countBySeverity(checkDesign(original)));
  });

  it('refuses a design with no switch', () => {
    expect(dedicate(example('classic-rack'))).toEqual({ ok: false, reason: 'There is no IOV switch: every adapter is already dedicated.' });
  });
});

describe('setPoolSize', () => {
  it('adds copies of the pool’s adapter cabled to its fabric, and removes the highest ids first', () => {
    const three = ok(setPoolSize(example('virtualized-rack'), 'sw1', 'storage', 3));
    const pool = poolAdapters(three, 'sw1', 'storage');
    expect(pool.map((a) => a.id)).toEqual(['hba1', 'hba2', 'hba3']);
    expect(three.links.find((l) => l.source === 'hba3')).toMatchObject({ kind: 'fc', target: 'san1' });
    expect(poolAdapters(ok(setPoolSize(three, 'sw1', 'storage', 1)), 'sw1', 'storage').map((a) => a.id)).toEqual(['hba1']);
  });
  it('refuses more adapters than the switch has slots', () => {
    const result = setPoolSize(example('virtualized-rack'), 'sw1', 'storage', 9);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/4 free slots; 7 more adapters do not fit/);
  });
});

const y = (t: Topology, id: string) => t.nodes.find((n) => n.id === id)!.position.y;

describe('makeRoomBelowSwitch', () => {
  it('moves the classic rack’s SAN and LAN below the switch virtualize adds, together', () => {
    const virtualized = ok(virtualize(example('classic-rack')));
    const sw = virtualized.nodes.find((n) => n.id === 'sw1')!;
    const roomy = ok(makeRoomBelowSwitch(virtualized, 'sw1'));
    expect(y(roomy, 'san1')).toBe(sw.position.y + 380);
    expect(y(roomy, 'lan1')).toBe(y(roomy, 'san1'));
    expect(y(roomy, 's1')).toBe(y(virtualized, 's1'));
    // Already clear: the same document.
    expect(makeRoomBelowSwitch(example('virtualized-rack'), 'sw1')).toEqual({ ok: true, topology: example('virtualized-rack') });
  });
});
