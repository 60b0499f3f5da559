import { describe, expect, it } from 'vitest';
import { groupUtilization, offeredLoad } from '../offeredLoad.ts';
import { checkDesign, countBySeverity } from '../rules/index.ts';
import { scaleDesign } from '../scaleDesign.ts';
import { readFileSync } from 'node:fs';
import { EXAMPLE_NAMES, example } from './index.ts';
import { virtualizedRackDocumentSource } from './storedExample.ts';
import { virtualizedRack } from './virtualizedRack.ts';

const utilizations = (name: (typeof EXAMPLE_NAMES)[number], failed?: string[]) =>
  Object.fromEntries(offeredLoad(example(name), failed && new Set(failed)).groups.map((g) => [g.id, groupUtilization(g)]));

describe('built-in designs', () => {
  it('virtualized-rack as stored is the design its operations build (else run `npm run examples`)', () => {
    expect(example('virtualized-rack')).toEqual(virtualizedRack());
    const stored = readFileSync(new URL('./virtualizedRack.document.ts', import.meta.url), 'utf8');
    expect(stored, 'src/model/examples/virtualizedRack.document.ts is out of date: run `npm run examples`').toBe(virtualizedRackDocumentSource());
  });

  it('gives a fresh copy each time: a change to one is not in the next', () => {
    const first = example('virtualized-rack');
    first.nodes.pop();
    expect(example('virtualized-rack').nodes).toHaveLength(virtualizedRack().nodes.length);
  });

  it.each(EXAMPLE_NAMES)('%s has no error finding', (name) => {
    expect(countBySeverity(checkDesign(example(name))).error).toBe(0);
  });

  it('redundant-virtualized has no warning either', () => {
    expect(checkDesign(example('redundant-virtualized'))).toEqual([]);
  });

  it('classic-rack: 8 servers, 16 dedicated adapters, each under 15 % busy', () => {
    const design = example('classic-rack');
    expect(design.nodes.filter((n) => n.kind === 'server')).toHaveLength(8);
    expect(design.nodes.filter((n) => (n.kind === 'fc-hba' || n.kind === 'eth-nic') && n.parentId?.startsWith('s'))).toHaveLength(16);
    const busy = Object.values(utilizations('classic-rack'));
    expect(busy).toHaveLength(16);
    expect(Math.max(...busy)).toBeLessThan(0.15);
    // The busiest is the backup server's HBA: 400 IOPS x 256 KiB x 0.9 reads = 94.4 MB/s of 800.
    expect(Math.max(...busy)).toBeCloseTo(0.118, 3);
  });

  it('virtualized-rack: the same servers and workloads on a pool of 4 adapters, several times busier', () => {
    const classic = example('classic-rack');
    const virtualized = example('virtualized-rack');
    const servers = (d: typeof classic) => d.nodes.filter((n) => n.kind === 'server').map((s) => ({ id: s.id, label: s.label, workload: s.workload }));
    expect(servers(virtualized)).toEqual(servers(classic));
    expect(virtualized.nodes.filter((n) => n.kind === 'fc-hba' || n.kind === 'eth-nic')).toHaveLength(4);
    const pooled = utilizations('virtualized-rack');
    const classicBusy = utilizations('classic-rack');
    const meanOf = (prefix: string) => {
      const values = Object.entries(classicBusy).filter(([id]) => id.startsWith(prefix)).map(([, u]) => u);
      return values.reduce((a, b) => a + b, 0) / values.length;
    };
    expect(pooled['sw1/storage']! / meanOf('hba')).toBeGreaterThan(3);
    expect(pooled['sw1/network']! / meanOf('nic')).toBeGreaterThan(3);
  });

  it('virtualized-rack survives one failed adapter per class without overload', () => {
    const after = utilizations('virtualized-rack', ['hba1', 'nic2']);
    expect(after['sw1/storage']).toBeLessThan(0.25);
    expect(after['sw1/network']).toBeLessThan(0.25);
    expect(offeredLoad(example('virtualized-rack'), new Set(['hba1', 'nic2'])).groups.every((g) => g.ports.length === 1)).toBe(true);
  });
});

describe('scaleDesign', () => {
  it.each([
    [48, 65, 3],
    [200, 267, 13],
    [208, 275, 13],
  ])('scaleDesign(%i) has %i nodes and %i switches', (n, nodes, switches) => {
    const design = scaleDesign(n);
    expect(design.nodes).toHaveLength(nodes);
    expect(design.nodes.filter((node) => node.kind === 'iov-switch')).toHaveLength(switches);
  });

  it('cables server i to switch floor(i/16) and repeats the presets web, database, backup, vdi, idle', () => {
    const design = scaleDesign(40);
    const pcie = design.links.filter((l) => l.kind === 'pcie');
    expect(pcie.find((l) => l.source === 's16')!.target).toBe('sw1');
    expect(pcie.find((l) => l.source === 's17')!.target).toBe('sw2');
    const servers = design.nodes.filter((n) => n.kind === 'server');
    expect(servers.slice(0, 6).map((s) => s.workload.storageIops)).toEqual([300, 3000, 400, 1000, 50, 300]);
    expect(servers.every((s) => s.props.pcieGen === 2 && s.props.pcieLanes === 8)).toBe(true);
  });

  it('keeps full pools about 25 % (storage) and 20 % (network) busy', () => {
    // Each switch's 16 servers take a different slice of the 5-preset cycle, so pools range 18–29 %.
    const groups = offeredLoad(scaleDesign(64)).groups;
    const mean = (trafficClass: string) => {
      const busy = groups.filter((g) => g.trafficClass === trafficClass).map(groupUtilization);
      expect(Math.min(...busy)).toBeGreaterThan(0.15);
      expect(Math.max(...busy)).toBeLessThan(0.3);
      return busy.reduce((a, b) => a + b, 0) / busy.length;
    };
    expect(mean('storage')).toBeCloseTo(0.246, 2);
    expect(mean('network')).toBeCloseTo(0.198, 2);
  });

  it('has no error finding', () => {
    expect(countBySeverity(checkDesign(scaleDesign(200))).error).toBe(0);
  });

  it('refuses a count that is not a positive whole number', () => {
    expect(() => scaleDesign(0)).toThrow(RangeError);
    expect(() => scaleDesign(2.5)).toThrow(RangeError);
  });
});
