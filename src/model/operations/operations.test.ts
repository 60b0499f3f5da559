import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NODE_KINDS } from '../catalog/index.ts';
import { emptyTopology } from '../emptyTopology.ts';
import { example } from '../examples/index.ts';
import type { Topology } from '../schema.ts';
import { TopologySchema } from '../topologySchema.ts';
import { PRESETS } from '../workload.ts';
import {
  addNode, connect, moveNodes, placeAdapter, removeElements, rename, setProperties, setWorkload, unplaceAdapter,
  type OpResult,
} from './index.ts';

/** Apply an operation that must succeed. */
function ok<T extends object>(result: OpResult<T>): Topology {
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result.topology;
}

function reasonOf(result: OpResult): string {
  if (result.ok) throw new Error('expected a refusal');
  return result.reason;
}

/** A server, a switch, an HBA and a NIC, a SAN and a LAN, nothing placed or cabled. */
function parts() {
  let t = emptyTopology('parts');
  for (const kind of ['server', 'iov-switch', 'fc-hba', 'eth-nic', 'san', 'lan'] as const) t = ok(addNode(t, kind, { x: 0, y: 0 }));
  return t;
}

describe('addNode', () => {
  it('numbers each kind on its own, one past the highest in use', () => {
    let t = emptyTopology();
    for (let i = 0; i < 3; i++) t = ok(addNode(t, 'server', { x: i * 100, y: 0 }));
    t = ok(addNode(t, 'iov-switch', { x: 0, y: 200 }));
    expect(t.nodes.map((n) => n.id)).toEqual(['s1', 's2', 's3', 'sw1']);
    t = ok(removeElements(t, ['s2']));
    const added = addNode(t, 'server', { x: 0, y: 0 });
    expect(added.ok && added.id).toBe('s4');
    t = ok(added);
    expect(t.nodes.at(-1)).toMatchObject({ label: 'Server 4', props: { pcieGen: 2, pcieLanes: 8, slots: 4 }, workload: PRESETS.idle });
  });
  it('keeps a position inside the document’s bounds', () => {
    const t = ok(addNode(emptyTopology(), 'san', { x: 5e9, y: Number.NaN }));
    expect(t.nodes[0]!.position).toEqual({ x: 1_000_000, y: 0 });
  });
});

describe('placeAdapter and unplaceAdapter', () => {
  it('dedicates an adapter to a server and pools one in a switch', () => {
    let t = ok(placeAdapter(parts(), 'hba1', 's1'));
    t = ok(placeAdapter(t, 'nic1', 'sw1'));
    expect(t.nodes.find((n) => n.id === 'hba1')).toMatchObject({ parentId: 's1' });
    expect(t.nodes.find((n) => n.id === 'nic1')).toMatchObject({ parentId: 'sw1' });
  });
  it('moves an adapter from a server straight into a switch', () => {
    let t = ok(placeAdapter(parts(), 'hba1', 's1'));
    t = ok(placeAdapter(t, 'hba1', 'sw1'));
    expect(t.nodes.find((n) => n.id === 'hba1')).toMatchObject({ parentId: 'sw1' });
  });
  it('refuses what is not an adapter, or a target that is not a server or switch', () => {
    expect(reasonOf(placeAdapter(parts(), 's1', 'sw1'))).toMatch(/Only adapters/);
    expect(reasonOf(placeAdapter(parts(), 'hba1', 'san1'))).toMatch(/into a server .* or an IOV switch/);
    expect(reasonOf(placeAdapter(parts(), 'hba9', 's1'))).toMatch(/no hba9/);
  });
  it('refuses a server whose slots are full, counting PCIe extender cards', () => {
    let t = ok(setProperties(parts(), 's1', { slots: 2 }));
    t = ok(connect(t, 's1', 'sw1'));
    t = ok(placeAdapter(t, 'hba1', 's1'));
    expect(reasonOf(placeAdapter(t, 'nic1', 's1'))).toBe('Server 1 has all 2 slots in use: remove an adapter or a PCIe cable, or raise its slot count.');
  });
  it('refuses a switch whose adapter slots are full', () => {
    let t = ok(setProperties(parts(), 'sw1', { adapterSlots: 1 }));
    t = ok(placeAdapter(t, 'hba1', 'sw1'));
    expect(reasonOf(placeAdapter(t, 'nic1', 'sw1'))).toMatch(/all 1 slots in use/);
  });
  it('takes an adapter out to the canvas, keeping its fabric cable', () => {
    let t = ok(placeAdapter(parts(), 'hba1', 'sw1'));
    t = ok(connect(t, 'hba1', 'san1'));
    t = ok(unplaceAdapter(t, 'hba1', { x: 40, y: 50 }));
    const hba = t.nodes.find((n) => n.id === 'hba1')!;
    expect('parentId' in hba).toBe(false);
    expect(hba.position).toEqual({ x: 40, y: 50 });
    expect(t.links).toHaveLength(1);
    expect(reasonOf(unplaceAdapter(t, 'hba1', { x: 0, y: 0 }))).toMatch(/not inside/);
  });
});

describe('connect', () => {
  it('infers the kind from the ends and stores the server or adapter first', () => {
    let t = ok(connect(parts(), 'sw1', 's1'));
    t = ok(connect(t, 'san1', 'hba1'));
    t = ok(connect(t, 'nic1', 'lan1'));
    expect(t.links).toEqual([
      { id: 'l1', kind: 'pcie', source: 's1', target: 'sw1' },
      { id: 'l2', kind: 'fc', source: 'hba1', target: 'san1' },
      { id: 'l3', kind: 'ethernet', source: 'nic1', target: 'lan1' },
    ]);
  });
  it.each([
    ['hba1', 's1', /place the adapter inside it/],
    ['hba1', 'lan1', /FC HBA reaches a SAN, not a LAN/],
    ['nic1', 'san1', /NIC reaches a LAN, not a SAN/],
    ['s1', 'san1', /through an adapter/],
    ['sw1', 'lan1', /adapters of its pool/],
    ['s1', 's1', /itself/],
    ['san1', 'lan1', /cannot be cabled/],
  ])('refuses %s to %s with a reason', (a, b, reason) => {
    expect(reasonOf(connect(parts(), a, b))).toMatch(reason);
  });
  it('refuses a second cable between the same two nodes, and a second fabric cable of an adapter', () => {
    let t = ok(connect(parts(), 's1', 'sw1'));
    expect(reasonOf(connect(t, 'sw1', 's1'))).toMatch(/already cabled/);
    t = ok(addNode(t, 'san', { x: 0, y: 0 }));
    t = ok(connect(t, 'hba1', 'san1'));
    expect(reasonOf(connect(t, 'hba1', 'san2'))).toMatch(/already cabled to its fabric/);
  });
  it('refuses a switch whose server ports are full', () => {
    let t = ok(setProperties(parts(), 'sw1', { serverPorts: 1 }));
    t = ok(connect(t, 's1', 'sw1'));
    t = ok(addNode(t, 'server', { x: 0, y: 0 }));
    expect(reasonOf(connect(t, 's2', 'sw1'))).toBe('IOV switch 1 has all 1 server ports in use: add a second switch or raise its port count.');
  });
});

describe('removeElements', () => {
  it('cascades from a switch to its pool, the pool’s cables, the PCIe cables and faults', () => {
    const design = example('virtualized-rack');
    const withFaults = { ...design, settings: { ...design.settings, faults: [{ at: 1, target: 'hba1' }, { at: 2, target: 'hba2:1' }, { at: 3, target: 's1' }] } };
    const t = ok(removeElements(withFaults, ['sw1']));
    expect(t.nodes.map((n) => n.kind).toSorted()).toEqual([...Array(8).fill('server'), 'lan', 'san'].toSorted());
    expect(t.links).toEqual([]);
    expect(t.settings.faults).toEqual([{ at: 3, target: 's1' }]);
    expect(TopologySchema.safeParse(t).success).toBe(true);
  });
  it('removes a single cable and nothing else', () => {
    const design = example('virtualized-rack');
    const t = ok(removeElements(design, ['l1']));
    expect(t.nodes).toHaveLength(design.nodes.length);
    expect(t.links.map((l) => l.id)).not.toContain('l1');
  });
  it('refuses when nothing it names exists', () => {
    expect(reasonOf(removeElements(parts(), ['x9']))).toMatch(/Nothing to remove/);
  });
});

describe('rename, setProperties, setWorkload, moveNodes', () => {
  it('renames to plain text', () => {
    const t = ok(rename(parts(), 's1', '  Web\tfront\u0000 '));
    expect(t.nodes[0]!.label).toBe('Web front');
    expect(reasonOf(rename(parts(), 's1', '   '))).toMatch(/cannot be empty/);
    expect(reasonOf(rename(parts(), 's1', 'x'.repeat(65)))).toMatch(/at most 64/);
  });
  it('sets properties within the catalog’s bounds, and refuses the rest without changing anything', () => {
    const before = parts();
    expect(ok(setProperties(before, 'hba1', { speedGfc: 32, ports: 2 })).nodes.find((n) => n.id === 'hba1')!.props).toMatchObject({ speedGfc: 32, ports: 2 });
    expect(reasonOf(setProperties(before, 'hba1', { speedGfc: 3 }))).toBe('Speed must be one of 1, 2, 4, 8, 16, 32, 64 GFC.');
    expect(reasonOf(setProperties(before, 'hba1', { ports: 0 }))).toBe('Ports must be between 1 and 4.');
    expect(reasonOf(setProperties(before, 'sw1', { policy: 'random' }))).toMatch(/shared-queue, least-loaded, static/);
    expect(reasonOf(setProperties(before, 's1', { colour: 'red' }))).toMatch(/no property "colour"/);
    expect(reasonOf(setProperties(before, 's1', { slots: 2.5 }))).toMatch(/whole number/);
    expect(before).toEqual(parts());
  });
  it('refuses to shrink slots below what is in use', () => {
    let t = ok(placeAdapter(parts(), 'hba1', 'sw1'));
    t = ok(placeAdapter(t, 'nic1', 'sw1'));
    expect(reasonOf(setProperties(t, 'sw1', { adapterSlots: 1 }))).toMatch(/holds 2 adapters/);
  });
  it('applies a preset or a partial workload, and refuses an impossible one', () => {
    let t = ok(setWorkload(parts(), 's1', 'database'));
    expect(t.nodes[0]).toMatchObject({ workload: PRESETS.database });
    t = ok(setWorkload(t, 's1', { readShare: 0.5, arrivals: 'bursty' }));
    expect(t.nodes[0]).toMatchObject({ workload: { ...PRESETS.database, readShare: 0.5, arrivals: 'bursty' } });
    expect(reasonOf(setWorkload(t, 's1', { readShare: 1.5 }))).toMatch(/readShare is 1.5, above the maximum of 1/);
    expect(reasonOf(setWorkload(t, 'sw1', 'web'))).toMatch(/no server sw1/);
  });
  it('moves several nodes in one step', () => {
    const t = ok(moveNodes(parts(), { s1: { x: 10, y: 20 }, san1: { x: -5, y: 0 } }));
    expect(t.nodes.find((n) => n.id === 's1')!.position).toEqual({ x: 10, y: 20 });
    expect(reasonOf(moveNodes(t, { s9: { x: 0, y: 0 } }))).toMatch(/s9/);
  });
});

describe('any sequence of operations', () => {
  it('gives a valid document: operations never make what the schema refuses', () => {
    const id = fc.constantFrom('s1', 's2', 'sw1', 'sw2', 'hba1', 'hba2', 'nic1', 'nic2', 'san1', 'lan1', 'l1', 'l2', 'l3');
    const step = fc.oneof(
      fc.record({ op: fc.constant('add'), kind: fc.constantFrom(...NODE_KINDS), x: fc.integer({ min: -2000, max: 2000 }) }),
      fc.record({ op: fc.constant('place'), a: id, b: id }),
      fc.record({ op: fc.constant('unplace'), a: id }),
      fc.record({ op: fc.constant('connect'), a: id, b: id }),
      fc.record({ op: fc.constant('remove'), a: id }),
      fc.record({ op: fc.constant('props'), a: id, value: fc.integer({ min: 0, max: 70 }) }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        // Two of each kind to start from, so that most steps have something to act on.
        let t = parts();
        for (const kind of NODE_KINDS) t = ok(addNode(t, kind, { x: 0, y: 0 }));
        for (const s of steps) {
          const result =
            s.op === 'add' ? addNode(t, s.kind, { x: s.x, y: 0 })
            : s.op === 'place' ? placeAdapter(t, s.a, s.b)
            : s.op === 'unplace' ? unplaceAdapter(t, s.a, { x: 0, y: 0 })
            : s.op === 'connect' ? connect(t, s.a, s.b)
            : s.op === 'remove' ? removeElements(t, [s.a])
            : setProperties(t, s.a, { ports: s.value });
          if (result.ok) t = result.topology;
        }
        const parsed = TopologySchema.safeParse(t);
        expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
