import {
  catalog, cablingBetween, indexOf, placeAdapter, planLink, linkCatalog, type Topology, type TopologyNode,
} from '../model/index.ts';

/** One choice of "Connect to…" or "Place in…": what it is, and what choosing it does. */
export type TargetOption = { id: string; label: string; detail: string };
/** The choices, or when there is none, the model's reasons (at most three) or a hint. */
export type TargetChoices = { options: TargetOption[]; reasons: string[] };

const name = (node: TopologyNode) => `${node.label} (${node.id})`;
const isAdapter = (node: TopologyNode) => node.kind === 'fc-hba' || node.kind === 'eth-nic';
const isContainer = (node: TopologyNode) => node.kind === 'server' || node.kind === 'iov-switch';
const MAX_REASONS = 3;

/** Everything a cable from `fromId` could reach now: "Connect to…". */
export function cableChoices(topology: Topology, fromId: string): TargetChoices {
  const from = indexOf(topology).node(fromId);
  if (!from) return { options: [], reasons: [`There is no ${fromId} in the design.`] };
  const options: TargetOption[] = [];
  const reasons = new Set<string>();
  for (const node of topology.nodes) {
    if (node.id === fromId || !cablingBetween(from.kind, node.kind).ok) continue;
    const plan = planLink(topology, fromId, node.id);
    if (plan.ok) options.push({ id: node.id, label: name(node), detail: linkCatalog[plan.link.kind].name });
    else reasons.add(plan.reason);
  }
  if (options.length > 0 || reasons.size > 0) return { options, reasons: [...reasons].slice(0, MAX_REASONS) };
  const advice = topology.nodes.find((n) => n.id !== fromId && !cablingBetween(from.kind, n.kind).ok);
  const hint = advice ? cablingBetween(from.kind, advice.kind) : undefined;
  return { options, reasons: [hint && !hint.ok ? hint.reason : `Nothing in the design can be cabled to ${name(from)} yet: add a ${pairOf(from)}.`] };
}

function pairOf(node: TopologyNode): string {
  const partner = { server: 'IOV switch', 'iov-switch': 'server', 'fc-hba': 'SAN', 'eth-nic': 'LAN', san: 'FC HBA', lan: 'Ethernet NIC' } as const;
  return partner[node.kind];
}

/**
 * "Place in…": for an adapter, the servers and switches it can go into (and out onto the canvas
 * when it is in one); for a server or a switch, the adapters that can go into it.
 */
export function placeChoices(topology: Topology, id: string): TargetChoices {
  const node = indexOf(topology).node(id);
  if (!node) return { options: [], reasons: [`There is no ${id} in the design.`] };
  if (!isAdapter(node) && !isContainer(node)) {
    return { options: [], reasons: [`Only adapters are placed, into a server or an IOV switch; ${node.label} is a ${catalog[node.kind].name}.`] };
  }
  const options: TargetOption[] = [];
  const reasons = new Set<string>();
  const pairs = isAdapter(node)
    ? topology.nodes.filter(isContainer).map((parent) => ({ adapter: node, parent, shown: parent }))
    : topology.nodes.filter(isAdapter).map((adapter) => ({ adapter, parent: node, shown: adapter }));
  for (const { adapter, parent, shown } of pairs) {
    const result = placeAdapter(topology, adapter.id, parent.id);
    if (result.ok) options.push({ id: shown.id, label: name(shown), detail: parent.kind === 'iov-switch' ? 'shared pool' : 'dedicated' });
    else if (!('parentId' in adapter && adapter.parentId === parent.id)) reasons.add(result.reason);
  }
  if ('parentId' in node && node.parentId) options.push({ id: '', label: 'Take it out onto the canvas', detail: 'serves nobody' });
  if (options.length === 0 && reasons.size === 0) reasons.add(isAdapter(node) ? 'Add a server or an IOV switch first.' : `Add an FC HBA or an Ethernet NIC first, then place it in ${node.label}.`);
  return { options, reasons: [...reasons].slice(0, MAX_REASONS) };
}
