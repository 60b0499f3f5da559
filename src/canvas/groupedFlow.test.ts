import { describe, expect, it } from 'vitest';
import { scaleDesign } from '../model/index.ts';
import { groupedFlow } from './groupedFlow.ts';
import { pcieInHandle } from './handles.ts';
import { toFlow } from './toFlow.ts';

describe('the canvas of a large design, grouped', () => {
  const design = scaleDesign(80);
  const flow = toFlow(design);

  it('draws each group of alike servers as one node and its PCIe cables as one bundle', () => {
    const { nodes, edges } = groupedFlow(flow, design, new Set());
    expect(nodes.filter((n) => n.type === 'server')).toHaveLength(0);
    expect(nodes.filter((n) => n.type === 'server-group')).toHaveLength(25);
    const bundles = edges.filter((e) => e.data?.bundle);
    expect(bundles).toHaveLength(25);
    expect(bundles[0]!.data!.rate).toBe('4 × PCIe Gen2 x8');
    // The switch has one PCIe port per group, which the bundle reaches.
    const first = bundles[0]!;
    const switchNode = nodes.find((n) => n.id === first.target)!;
    expect(switchNode.type === 'iov-switch' && switchNode.data.pcieHandles).toContain(pcieInHandle(first.source));
    expect(switchNode.type === 'iov-switch' && switchNode.data.pcieHandles).toHaveLength(5);
  });

  it('draws an opened group’s servers and cables as they are', () => {
    const closed = groupedFlow(flow, design, new Set());
    const group = closed.nodes.find((n) => n.type === 'server-group')!;
    const { nodes, edges } = groupedFlow(flow, design, new Set([group.id]));
    expect(nodes.filter((n) => n.type === 'server')).toHaveLength(4);
    expect(nodes.filter((n) => n.type === 'server-group')).toHaveLength(24);
    expect(edges.filter((e) => e.type === 'pcie' && !e.data?.bundle)).toHaveLength(4);
  });

  it('leaves a design drawn whole when zoomed in, or of 64 servers or fewer', () => {
    expect(groupedFlow(flow, design, 'all')).toBe(flow);
    const small = scaleDesign(64);
    const smallFlow = toFlow(small);
    expect(groupedFlow(smallFlow, small, new Set())).toBe(smallFlow);
  });

  it('bundles each switch’s parallel fabric cables once servers are grouped by switch', () => {
    const large = scaleDesign(416);
    const { nodes, edges } = groupedFlow(toFlow(large), large, new Set());
    expect(nodes.filter((n) => n.type === 'server-group')).toHaveLength(26);
    // Per switch: one PCIe bundle from its group, its 2 FC cables and its 2 Ethernet cables as one bundle each.
    expect(edges).toHaveLength(26 * 3);
    const fabric = edges.filter((e) => e.type !== 'pcie');
    expect(fabric.every((e) => e.data?.bundle && e.data.members?.length === 2)).toBe(true);
    // A bundle leaves its switch at its first adapter's row, which the switch draws.
    const first = fabric[0]!;
    const member = toFlow(large).edges.find((e) => e.id === first.data!.members![0])!;
    expect(first.sourceHandle).toBe(member.sourceHandle);
    expect(first.source).toBe(member.source);
  });
});
