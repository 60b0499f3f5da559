import { describe, expect, it } from 'vitest';
import { example } from '../model/index.ts';
import type { FlowNode, SwitchFlowNode } from './flowTypes.ts';
import { toFlow } from './toFlow.ts';

const isSwitch = (node: FlowNode): node is SwitchFlowNode => node.type === 'iov-switch';

describe('toFlow', () => {
  it('draws adapters placed in a switch as its slots, not as nodes', () => {
    const { nodes } = toFlow(example('virtualized-rack'));
    expect(nodes.map((n) => n.id)).toEqual(['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8', 'sw1', 'san1', 'lan1']);
    const iovSwitch = nodes.find(isSwitch);
    expect(iovSwitch?.ariaLabel).toBe('IOV switch: IOV switch (sw1), 4 adapters');
    expect(iovSwitch?.data.slots.map((s) => [s.name, s.exit.side])).toEqual([
      ['FC HBA: HBA 1 (hba1), 8GFC, 1 port', 'left'],
      ['FC HBA: HBA 2 (hba2), 8GFC, 1 port', 'left'],
      ['Ethernet NIC: NIC 1 (nic1), 10 GbE, 1 port', 'right'],
      ['Ethernet NIC: NIC 2 (nic2), 10 GbE, 1 port', 'right'],
    ]);
  });

  it('anchors fabric cables at the slot row of the adapter, PCIe cables at one port per server', () => {
    const { edges } = toFlow(example('virtualized-rack'));
    expect(edges.find((e) => e.id === 'l9')).toMatchObject({
      type: 'fc', source: 'sw1', sourceHandle: 'slot-hba1', target: 'san1', targetHandle: 'fabric-in',
      data: { rate: '800 MB/s' },
    });
    expect(edges.find((e) => e.id === 'l1')).toMatchObject({
      type: 'pcie', source: 's1', sourceHandle: 'pcie-out', target: 'sw1', targetHandle: 'pcie-in-s1',
      ariaLabel: 'PCIe cable: Web 1 (s1) to IOV switch (sw1), 3.36 GB/s per direction',
    });
    expect(edges.find((e) => e.id === 'l11')?.data?.rate).toBe('1.19 GB/s');
  });

  it('sends the cables of a server\'s own adapters out of its bottom, ordered by fabric', () => {
    const { nodes, edges } = toFlow(example('classic-rack'));
    const server = nodes.find((n) => n.id === 's1');
    expect(server?.type === 'server' && server.data.slots.map((s) => s.exit)).toEqual([
      { side: 'bottom', at: 0.25 },
      { side: 'bottom', at: 0.75 },
    ]);
    expect(edges.every((e) => nodes.some((n) => n.id === e.source))).toBe(true);
  });

  it('draws an adapter placed nowhere as a node of its own', () => {
    const topology = example('virtualized-rack');
    const unplaced = { ...topology, nodes: topology.nodes.map((n) => (n.id === 'hba1' ? { ...n, parentId: undefined } : n)) };
    const { nodes, edges } = toFlow(unplaced);
    expect(nodes.find((n) => n.id === 'hba1')?.ariaLabel).toBe('FC HBA: HBA 1 (hba1), 8GFC, 1 port');
    expect(edges.find((e) => e.id === 'l9')).toMatchObject({ source: 'hba1', sourceHandle: 'fabric-out' });
  });
});
