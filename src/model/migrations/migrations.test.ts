import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDesign } from '../rules/index.ts';
import { migrate } from '../migrate.ts';
import { PRESETS } from '../workload.ts';

const fixture = JSON.parse(readFileSync(new URL('./fixtures/v0-small-virtualized.json', import.meta.url), 'utf8'));

describe('v0 -> v1', () => {
  const result = migrate(fixture);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  const { topology } = result;
  const node = (id: string) => topology.nodes.find((n) => n.id === id)!;

  it('says it upgraded from version 0', () => {
    expect(result.upgradedFrom).toBe(0);
    expect(topology.version).toBe(2);
    expect(topology.name).toBe('Two servers sharing a switch (draft format)');
  });
  it('renames type, name, x/y and in, and keeps the v0 properties', () => {
    expect(node('s1')).toMatchObject({ kind: 'server', label: 'Web', position: { x: 0, y: 0 }, props: { pcieGen: 3, pcieLanes: 8, slots: 4 } });
    expect(node('sw1')).toMatchObject({ kind: 'iov-switch', props: { serverPorts: 8, adapterSlots: 4, policy: 'least-loaded' } });
    expect(node('hba1')).toMatchObject({ kind: 'fc-hba', parentId: 'sw1', props: { speedGfc: 16, ports: 1 } });
    expect(node('nic1')).toMatchObject({ kind: 'eth-nic', parentId: 'sw1', props: { speedGbe: 25, ports: 2 } });
  });
  it('labels a node that had no name with its id', () => {
    expect(node('lan1').label).toBe('lan1');
  });
  it('gives every edge its kind and stores the server or adapter first', () => {
    expect(topology.links).toEqual([
      { id: 'l1', kind: 'pcie', source: 's1', target: 'sw1' },
      { id: 'l2', kind: 'pcie', source: 's2', target: 'sw1' },
      { id: 'l3', kind: 'fc', source: 'hba1', target: 'san1' },
      { id: 'l4', kind: 'ethernet', source: 'nic1', target: 'lan1' },
    ]);
  });
  it('expands a preset and maps custom workload values', () => {
    expect(node('s1')).toMatchObject({ workload: PRESETS.web });
    expect(node('s2')).toMatchObject({ workload: { storageIops: 2000, readShare: 0.6, networkMbps: 100, transmitShare: 0.5, arrivals: 'poisson' } });
  });
  it('turns milliseconds into seconds and sets a 10 % warm-up', () => {
    expect(topology.settings).toEqual({ seed: 42, duration: 20, warmup: 2, faults: [], prices: {} });
  });
  it('gives a design without error findings', () => {
    expect(checkDesign(topology).filter((f) => f.severity === 'error')).toEqual([]);
  });
  it('reports a broken v0 file with its path and the version', () => {
    const broken = { ...fixture, nodes: [...fixture.nodes, { id: 'x1', type: 'router', x: 0, y: 0 }] };
    const failed = migrate(broken);
    expect(failed.ok).toBe(false);
    if (failed.ok) return;
    expect(failed.problems[0]!.path).toBe('nodes[7].type');
    expect(failed.problems[0]!.message).toContain('version 0');
  });
});

const v1Fixture = JSON.parse(readFileSync(new URL('./fixtures/v1-virtualized-rack.json', import.meta.url), 'utf8'));

describe('v1 -> v2', () => {
  it('gives the same design under version 2, saying it upgraded', () => {
    const result = migrate(v1Fixture);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.upgradedFrom).toBe(1);
    expect(result.topology).toEqual({ ...v1Fixture, version: 2 });
  });
  it('adds no QoS and no queue depth: a version 1 design simulates as it did', () => {
    const result = migrate(v1Fixture);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    for (const node of result.topology.nodes) {
      expect('qos' in node).toBe(false);
      if (node.kind === 'server') expect('queueDepth' in node.workload).toBe(false);
    }
  });
  it('refuses the fields of version 2 in a version 1 file, naming the version to set', () => {
    const withQos = structuredClone(v1Fixture);
    withQos.nodes[0].qos = { storage: { maxMBps: 100 } };
    withQos.nodes[1].workload.queueDepth = 32;
    const failed = migrate(withQos);
    expect(failed.ok).toBe(false);
    if (failed.ok) return;
    expect(failed.problems.map((p) => [p.path, p.message])).toEqual([
      ['nodes[0].qos', '(version 1 file) is new in version 2: set "version": 2 to use it.'],
      ['nodes[1].workload.queueDepth', '(version 1 file) is new in version 2: set "version": 2 to use it.'],
    ]);
  });
});
