import { describe, expect, it } from 'vitest';
import { example } from './examples/index.ts';
import { connect, placeAdapter } from './operations/index.ts';
import { activeRoutes, routesOf, singlePointsOfFailure } from './routing.ts';
import type { Topology } from './schema.ts';

function apply(t: Topology, ...ops: ((t: Topology) => { ok: boolean; topology?: Topology; reason?: string })[]): Topology {
  return ops.reduce((acc, op) => {
    const result = op(acc);
    if (!result.ok || !result.topology) throw new Error(result.reason);
    return result.topology;
  }, t);
}

describe('routesOf', () => {
  it('gives a dedicated adapter in the classic rack, with its ports and fabric cable', () => {
    expect(routesOf(example('classic-rack'), 's1', 'storage')).toEqual([
      { kind: 'dedicated', adapterId: 'hba1', ports: ['hba1:1'], fabricLinkId: 'l1', fabricId: 'san1' },
    ]);
    expect(routesOf(example('classic-rack'), 's1', 'network')[0]).toMatchObject({ kind: 'dedicated', adapterId: 'nic1' });
  });

  it('gives the switch’s pool in the virtualized rack, through the server’s PCIe cable', () => {
    const [route] = routesOf(example('virtualized-rack'), 's3', 'storage');
    expect(route).toMatchObject({ kind: 'pooled', switchId: 'sw1', cableId: 'l3' });
    expect(route?.kind === 'pooled' && route.adapters.map((a) => a.adapterId)).toEqual(['hba1', 'hba2']);
  });

  it('orders dedicated adapters first, then pools by switch id', () => {
    // s1 of the redundant rack, with a dedicated HBA added and cabled.
    let t = example('redundant-virtualized');
    const hba = t.nodes.find((n) => n.kind === 'fc-hba')!;
    t = { ...t, nodes: [...t.nodes, { ...hba, id: 'hba9', label: 'Own HBA', parentId: undefined }] };
    t = apply(t, (d) => placeAdapter(d, 'hba9', 's1'), (d) => connect(d, 'hba9', 'san1'));
    expect(routesOf(t, 's1', 'storage').map((r) => (r.kind === 'dedicated' ? r.adapterId : r.switchId))).toEqual(['hba9', 'sw1', 'sw2']);
  });

  it('leaves out a pool that does not reach the class’s fabric', () => {
    expect(routesOf(example('virtualized-rack'), 's1', 'network')[0]).toMatchObject({ kind: 'pooled' });
    const withoutNics = { ...example('virtualized-rack') };
    withoutNics.links = withoutNics.links.filter((l) => l.kind !== 'ethernet');
    expect(routesOf(withoutNics, 's1', 'network')).toEqual([]);
  });
});

describe('activeRoutes: failover', () => {
  const redundant = example('redundant-virtualized');
  const routes = routesOf(redundant, 's1', 'storage');

  it('uses the pools of both switches, active-active', () => {
    const active = activeRoutes(routes);
    expect(active.mode).toBe('pooled');
    expect(active.routes.map((r) => r.ports)).toEqual([['hba1:1', 'hba2:1'], ['hba3:1', 'hba4:1']]);
  });

  it('drops a failed adapter’s port and keeps its pool', () => {
    expect(activeRoutes(routes, new Set(['hba1'])).routes.map((r) => r.ports)).toEqual([['hba2:1'], ['hba3:1', 'hba4:1']]);
  });

  it('drops a whole switch or a PCIe cable', () => {
    expect(activeRoutes(routes, new Set(['sw1'])).routes.map((r) => r.ports)).toEqual([['hba3:1', 'hba4:1']]);
    expect(activeRoutes(routes, new Set(['l1'])).routes).toHaveLength(1);
  });

  it('has nowhere to go when both switches are down', () => {
    expect(activeRoutes(routes, new Set(['sw1', 'sw2']))).toEqual({ mode: 'none', routes: [] });
  });

  it('keeps pools on standby while a dedicated port survives', () => {
    let t = redundant;
    const hba = t.nodes.find((n) => n.kind === 'fc-hba')!;
    t = { ...t, nodes: [...t.nodes, { ...hba, id: 'hba9', label: 'Own HBA', parentId: undefined, props: { ...hba.props, ports: 2 } }] };
    t = apply(t, (d) => placeAdapter(d, 'hba9', 's1'), (d) => connect(d, 'hba9', 'san1'));
    const own = routesOf(t, 's1', 'storage');
    expect(activeRoutes(own)).toMatchObject({ mode: 'dedicated', routes: [{ ports: ['hba9:1', 'hba9:2'] }] });
    expect(activeRoutes(own, new Set(['hba9:1']))).toMatchObject({ mode: 'dedicated', routes: [{ ports: ['hba9:2'] }] });
    expect(activeRoutes(own, new Set(['hba9:1', 'hba9:2'])).mode).toBe('pooled');
  });
});

describe('singlePointsOfFailure', () => {
  it('finds the adapter and its cable in the classic rack', () => {
    expect(singlePointsOfFailure(routesOf(example('classic-rack'), 's1', 'storage')).toSorted()).toEqual(['hba1', 'l1']);
  });
  it('finds the switch and the server’s PCIe cable in the virtualized rack, not the pooled adapters', () => {
    expect(singlePointsOfFailure(routesOf(example('virtualized-rack'), 's2', 'storage')).toSorted()).toEqual(['l2', 'sw1']);
  });
  it('finds none in the redundant rack', () => {
    for (const server of ['s1', 's5', 's8']) {
      expect(singlePointsOfFailure(routesOf(example('redundant-virtualized'), server, 'network'))).toEqual([]);
    }
  });
});
