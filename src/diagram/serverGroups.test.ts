import { describe, expect, it } from 'vitest';
import { dedicate, indexOf, scaleDesign } from '../model/index.ts';
import { GROUPS_AT_MOST, GROUP_ABOVE_SERVERS, adapterKinds, groupServers, serverGroupKey, shouldGroupServers } from './serverGroups.ts';

const rack64 = () => {
  const result = dedicate(scaleDesign(64));
  if (!result.ok) throw new Error(result.reason);
  return result.topology;
};

describe('grouping alike servers for semantic zoom', () => {
  it('groups only designs of more than 64 servers: the classic rack is drawn whole', () => {
    expect(GROUP_ABOVE_SERVERS).toBe(64);
    expect(shouldGroupServers(indexOf(scaleDesign(64)))).toBe(false);
    expect(groupServers(indexOf(rack64()))).toEqual([]);
    expect(shouldGroupServers(indexOf(scaleDesign(65)))).toBe(true);
  });

  it('keys a server by its switch, its workload preset and its adapters', () => {
    const design = scaleDesign(80);
    const index = indexOf(design);
    const [first, , , , , sixth] = index.servers.toSorted((a, b) => a.position.y - b.position.y || a.position.x - b.position.x);
    const switchId = index.pcieCablesOf(first!.id)[0]!.switchNode.id;
    expect(serverGroupKey(first!, index)).toBe(`${switchId}|web|`);
    // The sixth server of the row is the next web one, on the same switch: the same key.
    expect(serverGroupKey(sixth!, index)).toBe(serverGroupKey(first!, index));
  });

  it('makes one group per key, with the count, the preset and the adapters in its label', () => {
    const design = scaleDesign(80);
    const groups = groupServers(indexOf(design));
    // 5 switches of 16 servers, 5 presets each: 5 × 5 groups, every server in one.
    expect(groups).toHaveLength(25);
    expect(groups.flatMap((g) => g.serverIds).toSorted()).toEqual(indexOf(design).servers.map((s) => s.id).toSorted());
    expect(groups[0]!.label).toBe('4 × Web');
    expect(groups.map((g) => g.label)).toContain('3 × VDI');
    expect(new Set(groups.map((g) => g.id)).size).toBe(25);
  });

  it('counts alike adapters and tells their speeds', () => {
    const result = dedicate(scaleDesign(96));
    if (!result.ok) throw new Error(result.reason);
    const index = indexOf(result.topology);
    const server = index.servers[0]!;
    expect(adapterKinds(server, index)).toMatch(/GFC|GbE/);
    const groups = groupServers(index);
    expect(groups.length).toBeGreaterThan(0);
    expect(groups[0]!.label).toMatch(/^\d+ × \w+, .+ each$/);
  });

  it('groups by switch once there would be more than 128 groups, the workloads counted in the label', () => {
    expect(GROUPS_AT_MOST).toBe(128);
    // 200 servers: 12 switches × 5 presets, and the last switch's 8 servers in 3 groups (2 alone).
    const at200 = groupServers(indexOf(scaleDesign(200)));
    expect(at200).toHaveLength(63);
    expect(at200.every((g) => !g.mixed)).toBe(true);
    // 416 servers: 26 switches × 5 presets = 130 groups, over the bound: one group per switch.
    const design = scaleDesign(416);
    const index = indexOf(design);
    const groups = groupServers(index);
    expect(groups).toHaveLength(26);
    expect(groups.every((g) => g.mixed && g.serverIds.length === 16)).toBe(true);
    expect(groups.flatMap((g) => g.serverIds).toSorted()).toEqual(index.servers.map((s) => s.id).toSorted());
    expect(new Set(groups.map((g) => g.switchId)).size).toBe(26);
    // Presets cycle in fives over rows of 16: the first row has 4 Web, then 3 of each other.
    expect(groups[0]!.label).toBe('16 × Web 4, Database 3, Backup 3, VDI 3, Idle 3');
    expect(groups[0]!.key).toMatch(/^[a-z]+\d+\|\*\|$/);
  });
});
