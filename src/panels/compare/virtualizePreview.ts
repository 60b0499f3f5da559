import { indexOf, poolAdapters, serverPortsUsed, virtualize, type Topology } from '../../model/index.ts';

export type SwitchChoice = { id: string; label: string; free: number };
export type VirtualizePreview = { ok: true; lines: string[] } | { ok: false; reason: string };

/** The switches a design could pool onto, each with its free server ports. */
export function switchChoices(topology: Topology): SwitchChoice[] {
  return indexOf(topology).switches.map((sw) => ({ id: sw.id, label: sw.label, free: sw.props.serverPorts - serverPortsUsed(topology, sw.id) }));
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What virtualizing onto a switch (or a new one) would do, in words, or the model's reason it cannot. */
export function virtualizePreview(topology: Topology, switchId?: string): VirtualizePreview {
  const result = virtualize(topology, switchId);
  if (!result.ok) return result;
  const before = indexOf(topology);
  const servers = before.servers.filter((s) => before.adaptersIn(s.id).length > 0);
  const dedicated = servers.reduce((sum, s) => sum + before.adaptersIn(s.id).length, 0);
  const after = result.topology;
  const target = indexOf(after).node(result.switchId);
  const hbas = poolAdapters(after, result.switchId, 'storage').length;
  const nics = poolAdapters(after, result.switchId, 'network').length;
  const cables = after.links.filter((l) => l.kind === 'pcie').length - topology.links.filter((l) => l.kind === 'pcie').length;
  return {
    ok: true,
    lines: [
      `${plural(servers.length, 'server')} give up their ${plural(dedicated, 'dedicated adapter')}.`,
      `${switchId === undefined ? 'A new' : 'The'} ${target?.label ?? 'IOV switch'} pools ${plural(hbas, 'HBA')} and ${plural(nics, 'NIC')}, sized to stay under 70 % busy with one adapter failed.`,
      `${plural(cables, 'PCIe cable')} join each server to the switch once.`,
    ],
  };
}
