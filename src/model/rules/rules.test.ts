import { describe, expect, it } from 'vitest';
import { emptyTopology } from '../emptyTopology.ts';
import { example } from '../examples/index.ts';
import { addNode, connect, placeAdapter, removeElements, setProperties, setQos, setWorkload, type OpResult } from '../operations/index.ts';
import type { Topology } from '../schema.ts';
import { checkDesign, countBySeverity, RULES } from './index.ts';

function ok(result: OpResult): Topology {
  if (!result.ok) throw new Error(result.reason);
  return result.topology;
}
const findingsOf = (t: Topology, rule: string) => checkDesign(t).filter((f) => f.rule === rule);
const clean = example('redundant-virtualized');

describe('the clean design', () => {
  it('triggers no rule at all', () => {
    expect(checkDesign(clean)).toEqual([]);
  });
});

describe('no-path', () => {
  it('is an error for a server with storage demand and no way to a SAN', () => {
    const t = ok(removeElements(example('virtualized-rack'), ['l9', 'l10']));
    // Eight servers with the same fix: one finding about them all, with no badge (they share no node).
    expect(findingsOf(t, 'no-path')).toEqual([{
      rule: 'no-path', severity: 'error', nodeIds: ['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8'], linkIds: [],
      subjectIds: ['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8'], anchorId: null,
      message: '8 servers have storage demand but no path to a SAN: place an FC HBA cabled to a SAN in each, or cable them to an IOV switch whose pool has one.',
    }]);
  });
  it('names the server when it is the only one, with its badge on it', () => {
    let t = ok(removeElements(example('virtualized-rack'), ['l9', 'l10']));
    for (let i = 2; i <= 8; i++) t = ok(setWorkload(t, `s${i}`, { storageIops: 0 }));
    expect(findingsOf(t, 'no-path')).toEqual([{
      rule: 'no-path', severity: 'error', nodeIds: ['s1'], linkIds: [], subjectIds: ['s1'], anchorId: 's1',
      message: 'Web 1 (s1) has storage demand but no path to a SAN: place an FC HBA cabled to a SAN in it, or cable it to an IOV switch whose pool has one.',
    }]);
  });
  it('says nothing of a server without demand of that class', () => {
    let t = ok(removeElements(example('virtualized-rack'), ['l9', 'l10']));
    for (let i = 1; i <= 8; i++) t = ok(setWorkload(t, `s${i}`, { storageIops: 0 }));
    expect(findingsOf(t, 'no-path')).toEqual([]);
  });
});

describe('orphan-pool', () => {
  it('warns of a pool no server is cabled to', () => {
    const t = ok(removeElements(example('virtualized-rack'), ['l1', 'l2', 'l3', 'l4', 'l5', 'l6', 'l7', 'l8']));
    expect(findingsOf(t, 'orphan-pool')).toMatchObject([{ severity: 'warning', nodeIds: ['sw1', 'hba1', 'hba2', 'nic1', 'nic2'] }]);
  });
  it('is quiet when a server is cabled', () => {
    expect(findingsOf(example('virtualized-rack'), 'orphan-pool')).toEqual([]);
  });
});

describe('switch-ports-exceeded and slots-exceeded', () => {
  // Budgets are enforced by the operations, so an over-budget design comes from a file.
  it('are errors when a file holds more than the hardware has', () => {
    const design = example('virtualized-rack');
    const t = { ...design, nodes: design.nodes.map((n) => (n.kind === 'iov-switch' ? { ...n, props: { ...n.props, serverPorts: 6, adapterSlots: 3 } } : n)) };
    expect(findingsOf(t, 'switch-ports-exceeded')).toMatchObject([{ severity: 'error', nodeIds: ['sw1'], message: expect.stringContaining('8 servers cabled to its 6 server ports: move 2') }]);
    expect(findingsOf(t, 'slots-exceeded')).toMatchObject([{ severity: 'error', message: expect.stringContaining('4 adapters in 3 slots') }]);
  });
  it('are quiet within budget', () => {
    const t = example('virtualized-rack');
    expect([...findingsOf(t, 'switch-ports-exceeded'), ...findingsOf(t, 'slots-exceeded')]).toEqual([]);
  });
});

describe('adapter-not-cabled and adapter-not-placed', () => {
  it('warns of a pooled adapter cabled to no fabric', () => {
    const t = ok(removeElements(example('virtualized-rack'), ['l9']));
    expect(findingsOf(t, 'adapter-not-cabled')).toMatchObject([{ severity: 'warning', nodeIds: ['hba1'], message: expect.stringContaining('in the pool of IOV switch (sw1) is cabled to no SAN') }]);
  });
  it('warns of an adapter left on the canvas', () => {
    const t = ok(addNode(clean, 'eth-nic', { x: 0, y: 900 }));
    expect(findingsOf(t, 'adapter-not-placed')).toMatchObject([{ severity: 'warning', nodeIds: ['nic5'] }]);
  });
  it('are quiet when every adapter is placed and cabled', () => {
    expect([...findingsOf(clean, 'adapter-not-cabled'), ...findingsOf(clean, 'adapter-not-placed')]).toEqual([]);
  });
});

describe('single-point-of-failure', () => {
  it('is one finding for the eight servers of the single-switch rack, its badge on the switch', () => {
    expect(findingsOf(example('virtualized-rack'), 'single-point-of-failure')).toEqual([{
      rule: 'single-point-of-failure', severity: 'warning',
      message: '8 servers reach storage and the network only through IOV switch (sw1): its failure cuts them all off. Cable each to a second IOV switch that has its own adapters.',
      nodeIds: ['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8', 'sw1'],
      linkIds: ['l1', 'l2', 'l3', 'l4', 'l5', 'l6', 'l7', 'l8'],
      subjectIds: ['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8'], anchorId: 'sw1',
    }]);
  });
  it('is one finding per kind of adapter for the classic rack, on no node', () => {
    const findings = findingsOf(example('classic-rack'), 'single-point-of-failure');
    expect(findings.map((f) => [f.message, f.anchorId, f.subjectIds.length, f.nodeIds.length, f.linkIds.length])).toEqual([
      ['8 servers each have a single FC HBA for storage: one failure cuts a server off. Add a second FC HBA to each, cabled to a SAN.', null, 8, 16, 8],
      ['8 servers each have a single Ethernet NIC for the network: one failure cuts a server off. Add a second Ethernet NIC to each, cabled to a LAN.', null, 8, 16, 8],
    ]);
  });
  it('asks for a second pool when the servers are cabled to two switches but only one pools HBAs', () => {
    const t = ok(removeElements(clean, ['hba3', 'hba4']));
    expect(findingsOf(t, 'single-point-of-failure')).toMatchObject([{
      message: '8 servers reach storage only through the pool of IOV switch A (sw1), though cabled to other IOV switches too: its failure cuts them all off. Give another of their switches adapters for storage.',
      subjectIds: ['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8'], anchorId: 'sw1',
    }]);
  });
  it('names the one server, its adapter and the fix when only one is concerned', () => {
    // s1 keeps one HBA; the other servers get a second, placed and cabled to the SAN.
    let t = example('classic-rack');
    for (let i = 2; i <= 8; i++) {
      t = ok(addNode(t, 'fc-hba', { x: 0, y: 0 }));
      const hba = t.nodes.at(-1)!.id;
      t = ok(connect(ok(placeAdapter(t, hba, `s${i}`)), hba, 'san1'));
    }
    expect(findingsOf(t, 'single-point-of-failure')[0]).toEqual({
      rule: 'single-point-of-failure', severity: 'warning',
      message: 'Web 1 (s1) has a single FC HBA for storage, HBA 1 (hba1): its failure cuts it off. Add a second FC HBA, cabled to a SAN.',
      nodeIds: ['s1', 'hba1'], linkIds: ['l1'], subjectIds: ['s1'], anchorId: 's1',
    });
  });
  it('is quiet when every server has two switches', () => {
    expect(findingsOf(clean, 'single-point-of-failure')).toEqual([]);
  });
});

describe('overload', () => {
  it('warns above 70 % and is an error at or above 100 %', () => {
    let t = example('virtualized-rack');
    // Eight backup servers read 94 MB/s each: 755 MB/s on two 8GFC ports (1600 MB/s) is 47 %.
    for (let i = 1; i <= 8; i++) t = ok(setWorkload(t, `s${i}`, 'backup'));
    expect(findingsOf(t, 'overload')).toEqual([]);
    // On two 4GFC ports (800 MB/s) it is 94 %: a warning.
    t = ok(setProperties(ok(setProperties(t, 'hba1', { speedGfc: 4 })), 'hba2', { speedGfc: 4 }));
    expect(findingsOf(t, 'overload')).toMatchObject([{ severity: 'warning', nodeIds: ['hba1', 'hba2', 'sw1'], message: expect.stringContaining('offered 94 % of its capacity by reads') }]);
    // On 2GFC it is 189 %: an error.
    t = ok(setProperties(ok(setProperties(t, 'hba1', { speedGfc: 2 })), 'hba2', { speedGfc: 2 }));
    expect(findingsOf(t, 'overload')).toMatchObject([{ severity: 'error', message: expect.stringContaining('189 %') }]);
  });
  it('counts a capped server at its cap: the excess waits at the server, not at the ports', () => {
    // Eight backup servers on two 2GFC ports (400 MB/s): 189 %, an error. Capped at 40 MB/s each,
    // they offer 8 × 40 = 320 MB/s, 90 % of which are reads: 72 %, a warning.
    let t = example('virtualized-rack');
    for (let i = 1; i <= 8; i++) t = ok(setWorkload(t, `s${i}`, 'backup'));
    t = ok(setProperties(ok(setProperties(t, 'hba1', { speedGfc: 2 })), 'hba2', { speedGfc: 2 }));
    expect(findingsOf(t, 'overload')).toMatchObject([{ severity: 'error', message: expect.stringContaining('189 %') }]);
    for (let i = 1; i <= 8; i++) t = ok(setQos(t, `s${i}`, { trafficClass: 'storage', values: { maxMBps: 40 } }));
    expect(findingsOf(t, 'overload')).toMatchObject([{ severity: 'warning', message: expect.stringContaining('offered 72 % of its capacity by reads') }]);
  });
  it('checks a dedicated adapter against its own server’s load', () => {
    const t = ok(setProperties(example('classic-rack'), 'nic1', { speedGbe: 1 }));
    // The web server transmits 80 MB/s: 67 % of a 1 GbE NIC's 118.7 MB/s, under the warning line.
    expect(findingsOf(t, 'overload')).toEqual([]);
    const busier = ok(setWorkload(t, 's1', { networkMbps: 1500 }));
    expect(findingsOf(busier, 'overload')).toMatchObject([{ severity: 'error', nodeIds: ['nic1'] }]);
  });
});

const guarantee = (t: Topology, id: string, minMBps: number) => ok(setQos(t, id, { trafficClass: 'storage', values: { minMBps } }));

describe('guarantees-exceed-pool', () => {
  it('warns with both figures when the storage guarantees add up to more than the pool carries each way', () => {
    // Two 8GFC HBAs of one port: 2 × 800 = 1,600 MB/s each way.
    let t = example('virtualized-rack');
    t = guarantee(guarantee(guarantee(t, 's1', 600), 's2', 500), 's3', 500);
    expect(findingsOf(t, 'guarantees-exceed-pool')).toEqual([]);
    t = guarantee(t, 's4', 300);
    expect(findingsOf(t, 'guarantees-exceed-pool')).toEqual([expect.objectContaining({
      severity: 'warning', nodeIds: ['sw1', 's1', 's2', 's3', 's4'], subjectIds: ['sw1'],
      message: 'Guarantees on the storage pool of IOV switch (sw1) add up to 1,900 MB/s (4 servers); the pool carries 1,600 MB/s each way, so they cannot all be met at once. Lower some guarantees, or add an FC HBA to the pool.',
    })]);
  });
  it('counts network guarantees in megabits against the NICs’ payload rate', () => {
    let t = example('virtualized-rack');
    // Two 10GbE NICs carry 2 × 1,187 MB/s of TCP payload = 18,992 Mb/s each way.
    for (let i = 1; i <= 4; i++) t = ok(setQos(t, `s${i}`, { trafficClass: 'network', values: { minMbps: 5000 } }));
    expect(findingsOf(t, 'guarantees-exceed-pool')).toMatchObject([{ message: expect.stringMatching(/^Guarantees on the network pool of IOV switch \(sw1\) add up to 20,000 Mb\/s \(4 servers\); the pool carries 18,\d{3} Mb\/s each way/) }]);
  });
  it('is quiet for caps and weights alone, and for a design without QoS', () => {
    expect(findingsOf(example('virtualized-rack'), 'guarantees-exceed-pool')).toEqual([]);
    let t = example('virtualized-rack');
    for (let i = 1; i <= 8; i++) t = ok(setQos(t, `s${i}`, { trafficClass: 'storage', values: { maxMBps: 5000, weight: 9 } }));
    expect(findingsOf(t, 'guarantees-exceed-pool')).toEqual([]);
  });
});

describe('pcie-too-slow', () => {
  it('is an error when the cable is slower than the server’s pooled demand, a warning above 70 %', () => {
    // A backup server reads 94.4 MB/s of storage; a Gen1 x1 cable carries 250 x 0.84 = 210 MB/s.
    let t = ok(setWorkload(example('virtualized-rack'), 's5', { networkMbps: 0 }));
    t = ok(setProperties(t, 's5', { pcieGen: 1, pcieLanes: 1 }));
    expect(findingsOf(t, 'pcie-too-slow')).toEqual([]);
    t = ok(setWorkload(t, 's5', { storageIops: 700 }));
    expect(findingsOf(t, 'pcie-too-slow')).toMatchObject([{ severity: 'warning', linkIds: ['l5'], message: expect.stringContaining('(210 MB/s) is offered 79 %') }]);
    t = ok(setWorkload(t, 's5', { storageIops: 1000 }));
    expect(findingsOf(t, 'pcie-too-slow')).toMatchObject([{ severity: 'error', nodeIds: ['s5', 'sw1'] }]);
  });
  it('is quiet on the examples’ Gen2 x8 cables', () => {
    expect(findingsOf(example('virtualized-rack'), 'pcie-too-slow')).toEqual([]);
  });
});

describe('unused-node', () => {
  it('notes a node connected to nothing', () => {
    let t = ok(addNode(emptyTopology(), 'san', { x: 0, y: 0 }));
    t = ok(addNode(t, 'server', { x: 0, y: 0 }));
    t = ok(setWorkload(t, 's1', { storageIops: 0, networkMbps: 0 }));
    expect(checkDesign(t)).toMatchObject([
      { rule: 'unused-node', severity: 'info', nodeIds: ['s1'] },
      { rule: 'unused-node', severity: 'info', nodeIds: ['san1'] },
    ]);
  });
  it('is quiet once the nodes are connected', () => {
    let t = ok(addNode(emptyTopology(), 'server', { x: 0, y: 0 }));
    t = ok(addNode(t, 'iov-switch', { x: 0, y: 0 }));
    t = ok(setWorkload(t, 's1', { storageIops: 0, networkMbps: 0 }));
    t = ok(connect(t, 's1', 'sw1'));
    t = ok(addNode(t, 'fc-hba', { x: 0, y: 0 }));
    t = ok(placeAdapter(t, 'hba1', 's1'));
    expect(findingsOf(t, 'unused-node')).toEqual([]);
  });
});

describe('checkDesign', () => {
  it('has a test above for every rule', () => {
    expect(RULES.map((r) => r.id).toSorted()).toEqual([
      'adapter-not-cabled', 'adapter-not-placed', 'guarantees-exceed-pool', 'no-path', 'orphan-pool', 'overload',
      'pcie-too-slow', 'single-point-of-failure', 'slots-exceeded', 'switch-ports-exceeded', 'unused-node',
    ]);
  });
  it('puts errors first and counts by severity', () => {
    const t = ok(addNode(ok(removeElements(example('virtualized-rack'), ['l9', 'l10'])), 'lan', { x: 0, y: 0 }));
    const findings = checkDesign(t);
    expect(findings.map((f) => f.severity)).toEqual(findings.map((f) => f.severity).toSorted((a, b) => ['error', 'warning', 'info'].indexOf(a) - ['error', 'warning', 'info'].indexOf(b)));
    // One finding each: 8 servers without storage, 2 HBAs without a SAN, 8 servers on one switch for
    // the network, and the SAN and the new LAN left alone (two kinds, so two findings).
    expect(countBySeverity(findings)).toEqual({ error: 1, warning: 2, info: 2 });
  });
});
