import { presetOf, type ServerNode, type TopologyIndex } from '../model/index.ts';

/**
 * Semantic zoom (issue 17): a design of more than this many servers is drawn, at its default fit,
 * with alike servers collapsed into one group node each. 64 is the classic rack, drawn whole.
 */
export const GROUP_ABOVE_SERVERS = 64;

/** A server tile drawn narrower than this on screen is compact (name and one utilization bar). */
export const COMPACT_TILE_PX = 120;

/**
 * Above this many groups of alike servers, a design is grouped by switch instead: one group for
 * each switch's servers of the same adapters, whatever their workloads ("16 × Web 4, Database 3,
 * …"). A 1,000-server design made 313 groups of 3 or 4 servers each, a few pixels apiece at its
 * default fit; grouped by switch it draws 63, and the canvas does a third of the work per frame.
 * 200 servers (63 groups) keep a group per workload.
 */
export const GROUPS_AT_MOST = 128;

export type ServerGroup = {
  /** A stable id from the key, unlike any document id. */
  id: string;
  key: string;
  /** The switch the servers are cabled to, or null. */
  switchId: string | null;
  /** The servers, left to right (then top to bottom). */
  serverIds: string[];
  /** "48 × Web, 8 GFC each"; grouped by switch, "16 × Web 4, Database 3, Backup 3, VDI 3, Idle 3". */
  label: string;
  /** Grouped by switch (more than GROUPS_AT_MOST groups), whatever the servers' workloads. */
  mixed: boolean;
};

const PRESET_TITLES: Record<string, string> = { idle: 'Idle', web: 'Web', database: 'Database', backup: 'Backup', vdi: 'VDI' };

/** An adapter as the key counts it: its kind's speed ("8 GFC", "10GbE"), ports beyond one said. */
function adapterWord(adapter: ReturnType<TopologyIndex['adaptersIn']>[number]): string {
  const speed = adapter.kind === 'fc-hba' ? `${adapter.props.speedGfc} GFC` : `${adapter.props.speedGbe}GbE`;
  return adapter.props.ports > 1 ? `${speed} ×${adapter.props.ports}` : speed;
}

/** A server's adapters, alike ones counted: "8 GFC + 10GbE", "2 × 8 GFC", or "" with none. */
export function adapterKinds(server: ServerNode, index: TopologyIndex): string {
  const counts = new Map<string, number>();
  for (const adapter of index.adaptersIn(server.id)) {
    const word = adapterWord(adapter);
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts].toSorted(([a], [b]) => a.localeCompare(b)).map(([word, n]) => (n > 1 ? `${n} × ${word}` : word)).join(' + ');
}

/** What makes servers alike: the same switch, the same workload preset, the same adapters. */
export function serverGroupKey(server: ServerNode, index: TopologyIndex): string {
  const switchId = index.pcieCablesOf(server.id)[0]?.switchNode.id ?? '';
  return [switchId, presetOf(server.workload) ?? 'custom', adapterKinds(server, index)].join('|');
}

export function groupLabel(count: number, server: ServerNode, index: TopologyIndex): string {
  const preset = presetOf(server.workload);
  const adapters = adapterKinds(server, index);
  return `${count} × ${preset ? PRESET_TITLES[preset] : 'Custom workload'}${adapters ? `, ${adapters} each` : ''}`;
}

export const shouldGroupServers = (index: TopologyIndex) => index.servers.length > GROUP_ABOVE_SERVERS;

/** The workloads of mixed servers, most first, counted: "Web 4, Database 3, Idle 3". */
function workloadMix(servers: readonly ServerNode[]): string {
  const counts = new Map<string, number>();
  for (const server of servers) {
    const preset = presetOf(server.workload);
    const title = preset ? PRESET_TITLES[preset]! : 'Custom';
    counts.set(title, (counts.get(title) ?? 0) + 1);
  }
  return [...counts].toSorted((a, b) => b[1] - a[1]).map(([title, n]) => `${title} ${n}`).join(', ');
}

/** Servers by key, in the order of their first member; a server alike with no other is left out. */
function byKey(servers: readonly ServerNode[], keyOf: (server: ServerNode) => string): [string, ServerNode[]][] {
  const groups = new Map<string, ServerNode[]>();
  for (const server of servers) {
    const key = keyOf(server);
    const members = groups.get(key);
    if (members) members.push(server);
    else groups.set(key, [server]);
  }
  return [...groups].filter(([, members]) => members.length > 1);
}

/**
 * The groups of alike servers of a design of more than GROUP_ABOVE_SERVERS servers, in the order
 * of their first server; none for a smaller design. A server alike with no other stays itself.
 * More than GROUPS_AT_MOST groups: one per switch and adapters, their workloads counted in the label.
 */
export function groupServers(index: TopologyIndex): ServerGroup[] {
  if (!shouldGroupServers(index)) return [];
  const ordered = index.servers.toSorted((a, b) => a.position.y - b.position.y || a.position.x - b.position.x);
  const keys = new Map(ordered.map((server) => [server.id, serverGroupKey(server, index)]));
  let groups = byKey(ordered, (server) => keys.get(server.id)!);
  let mixed = false;
  if (groups.length > GROUPS_AT_MOST) {
    // The key without its workload: the same switch and the same adapters.
    groups = byKey(ordered, (server) => keys.get(server.id)!.replace(/\|[^|]*\|/, '|*|'));
    mixed = true;
  }
  return groups.map(([key, members]) => ({
    id: `group:${key}`,
    key,
    switchId: index.pcieCablesOf(members[0]!.id)[0]?.switchNode.id ?? null,
    serverIds: members.map((m) => m.id),
    label: mixed ? mixedLabel(members, index) : groupLabel(members.length, members[0]!, index),
    mixed,
  }));
}

function mixedLabel(members: readonly ServerNode[], index: TopologyIndex): string {
  if (new Set(members.map((m) => presetOf(m.workload) ?? 'custom')).size === 1) return groupLabel(members.length, members[0]!, index);
  const adapters = adapterKinds(members[0]!, index);
  return `${members.length} × ${workloadMix(members)}${adapters ? `; ${adapters} each` : ''}`;
}
