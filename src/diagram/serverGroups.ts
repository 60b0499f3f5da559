import { presetOf, type ServerNode, type TopologyIndex } from '../model/index.ts';

/**
 * Semantic zoom (issue 17): a design of more than this many servers is drawn, at its default fit,
 * with alike servers collapsed into one group node each. 64 is the classic rack, drawn whole.
 */
export const GROUP_ABOVE_SERVERS = 64;

/** A server tile drawn narrower than this on screen is compact (name and one utilization bar). */
export const COMPACT_TILE_PX = 120;

export type ServerGroup = {
  /** A stable id from the key, unlike any document id. */
  id: string;
  key: string;
  /** The switch the servers are cabled to, or null. */
  switchId: string | null;
  /** The servers, left to right (then top to bottom). */
  serverIds: string[];
  /** "48 × Web, 8 GFC each". */
  label: string;
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

/**
 * The groups of alike servers of a design of more than GROUP_ABOVE_SERVERS servers, in the order
 * of their first server; none for a smaller design. A server alike with no other stays itself.
 */
export function groupServers(index: TopologyIndex): ServerGroup[] {
  if (!shouldGroupServers(index)) return [];
  const byKey = new Map<string, ServerNode[]>();
  const ordered = index.servers.toSorted((a, b) => a.position.y - b.position.y || a.position.x - b.position.x);
  for (const server of ordered) {
    const key = serverGroupKey(server, index);
    const members = byKey.get(key);
    if (members) members.push(server);
    else byKey.set(key, [server]);
  }
  return [...byKey].filter(([, members]) => members.length > 1).map(([key, members]) => ({
    id: `group:${key}`,
    key,
    switchId: index.pcieCablesOf(members[0]!.id)[0]?.switchNode.id ?? null,
    serverIds: members.map((m) => m.id),
    label: groupLabel(members.length, members[0]!, index),
  }));
}
