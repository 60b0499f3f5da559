import { describe, expect, it } from 'vitest';
import { designBuilder } from './examples/designBuilder.ts';
import { blockColumns, scaleDesign } from './scaleDesign.ts';
import { TopologySchema } from './topologySchema.ts';

type Placed = { kind: string; id: string; position?: { x: number; y: number }; parentId?: string };

function bounds(nodes: readonly Placed[]) {
  const xs = nodes.flatMap((n) => (n.position ? [n.position.x] : []));
  const ys = nodes.flatMap((n) => (n.position ? [n.position.y] : []));
  return { width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
}

describe('blockColumns', () => {
  it('keeps up to four switch blocks (the 64-server rack) in one column', () => {
    expect([1, 2, 3, 4].map(blockColumns)).toEqual([1, 1, 1, 1]);
  });

  it('puts 200 servers (13 blocks) in two columns and 1,000 (63) in four', () => {
    expect(blockColumns(13)).toBe(2);
    expect(blockColumns(63)).toBe(4);
  });
});

describe('scaleDesign layout', () => {
  it('lays the 64-server rack out as before: one column of four blocks', () => {
    const servers = scaleDesign(64).nodes.filter((n) => n.kind === 'server');
    expect(new Set(servers.map((n) => n.position!.x))).toEqual(new Set(Array.from({ length: 16 }, (_, i) => i * 200)));
    expect(new Set(servers.map((n) => n.position!.y))).toEqual(new Set([250, 950, 1650, 2350]));
  });

  it('shapes 200 servers close to a wide canvas, no two nodes on the same spot', () => {
    for (const n of [200]) {
      const placed = scaleDesign(n).nodes.filter((node) => node.position && !('parentId' in node && node.parentId));
      const { width, height } = bounds(placed);
      expect(width / height).toBeGreaterThan(1);
      expect(width / height).toBeLessThan(2.2);
      expect(new Set(placed.map((node) => `${node.position!.x},${node.position!.y}`)).size).toBe(placed.length);
    }
  });

  it('puts each server under its own switch, inside its block', () => {
    const design = scaleDesign(200);
    const byId = new Map(design.nodes.map((n) => [n.id, n]));
    let checked = 0;
    for (const link of design.links) {
      const [a, b] = [byId.get(link.source), byId.get(link.target)];
      if (a?.kind !== 'server' || b?.kind !== 'iov-switch') continue;
      checked++;
      expect(a.position!.y - b.position!.y).toBe(250);
      expect(Math.abs(a.position!.x + 100 - b.position!.x)).toBeLessThanOrEqual(1600);
    }
    expect(checked).toBe(200);
  });
});

/** The design as the builder made it before, every part through the operations (quadratic: small n only). */
function builtByOperations(n: number) {
  const design = designBuilder(`Scale design, ${n} servers`);
  const switchCount = Math.ceil(n / 16);
  const columns = blockColumns(switchCount);
  const blockX = (s: number) => (s % columns) * (16 * 200 + 400);
  const blockY = (s: number) => Math.floor(s / columns) * 700;
  const san = design.add('san', 0, -300, { label: 'SAN' });
  const lan = design.add('lan', blockX(columns - 1) + 16 * 200, -300, { label: 'LAN' });
  const switches = Array.from({ length: switchCount }, (_, s) => {
    const id = design.add('iov-switch', blockX(s) + 1600, blockY(s), { label: `IOV switch ${s + 1}` });
    for (let i = 0; i < 2; i++) design.cable(design.add('fc-hba', 0, 0, { in: id, props: { speedGfc: 8, ports: 1 } }), san);
    for (let i = 0; i < 2; i++) design.cable(design.add('eth-nic', 0, 0, { in: id, props: { speedGbe: 10, ports: 1 } }), lan);
    return id;
  });
  const presets = ['web', 'database', 'backup', 'vdi', 'idle'] as const;
  for (let i = 0; i < n; i++) {
    const block = Math.floor(i / 16);
    const server = design.add('server', blockX(block) + (i % 16) * 200, blockY(block) + 250, { preset: presets[i % 5]!, props: { pcieGen: 2, pcieLanes: 8 } });
    design.cable(server, switches[block]!);
  }
  return design.build();
}

describe('scaleDesign built from copies', () => {
  it.each([1, 16, 17, 64, 97, 200])('is, for %i servers, the design every part of which went through the operations', (n) => {
    expect(JSON.stringify(scaleDesign(n))).toBe(JSON.stringify(builtByOperations(n)));
  });

  it('holds only what the document schema accepts, for 1,000 servers too', () => {
    const design = scaleDesign(1000);
    expect(design.nodes).toHaveLength(1000 + 63 * 5 + 2);
    expect(TopologySchema.safeParse(design).success).toBe(true);
  });
});
