import { indexOf, type Topology } from '../model/index.ts';
import { bundleCables, type CableBundle } from '../diagram/cableBundles.ts';
import { groupServers, type ServerGroup } from '../diagram/serverGroups.ts';
import type { FlowEdge, FlowNode, GroupFlowNode, SwitchFlowNode } from './flowTypes.ts';
import { HANDLE, pcieInHandle } from './handles.ts';
import { NODE_WIDTH } from './layout.ts';

type Flow = { nodes: FlowNode[]; edges: FlowEdge[] };

/** The group's node, where its first server is: a row of groups stands where the row of servers began. */
function groupNode(group: ServerGroup, first: FlowNode, linkIds: string[]): GroupFlowNode {
  return {
    id: group.id, type: 'server-group', position: first.position, width: NODE_WIDTH.server,
    draggable: false, selectable: false, connectable: false, deletable: false,
    ariaLabel: `Group of servers: ${group.label}`,
    data: { id: group.id, label: group.label, serverIds: group.serverIds, linkIds },
  };
}

/** A switch's PCIe ports: one per group drawn collapsed, in place of its servers'. */
function withGroupHandles(node: SwitchFlowNode, groupOf: ReadonlyMap<string, string>): SwitchFlowNode {
  const handles = [...new Set(node.data.pcieHandles.map((h) => {
    const group = groupOf.get(h.slice(pcieInHandle('').length));
    return group ? pcieInHandle(group) : h;
  }))];
  return { ...node, data: { ...node.data, pcieHandles: handles } };
}

/**
 * Semantic zoom's structure: the servers of each group not in `expanded` drawn as one group node,
 * their cables to the same end as one bundle labelled "48 × PCIe Gen2 x8". `expanded === 'all'`
 * (zoomed in far enough for whole tiles) or a design of 64 servers or fewer: the flow as it is.
 */
export function groupedFlow(flow: Flow, topology: Topology, expanded: ReadonlySet<string> | 'all'): Flow {
  if (expanded === 'all') return flow;
  const index = indexOf(topology);
  const groups = groupServers(index).filter((g) => !expanded.has(g.id));
  if (groups.length === 0) return flow;
  const groupOf = new Map(groups.flatMap((g) => g.serverIds.map((id) => [id, g.id] as const)));
  const drawnAs = (id: string) => groupOf.get(id) ?? id;
  // Grouped by switch (a design of many switches): each switch's parallel fabric cables, one bundle too.
  const mixedSwitches = new Set(groups.filter((g) => g.mixed && g.switchId).map((g) => g.switchId!));
  const grouped = flow.edges.filter((e) => groupOf.has(e.source) || groupOf.has(e.target) || (e.type !== 'pcie' && mixedSwitches.has(e.source)));
  const bundles = bundleCables(grouped.map((e) => ({ id: e.id, source: e.source, target: e.target, kind: e.data?.kind ?? 'pcie', what: whatOf(e, topology) })), drawnAs);
  const edgeById = new Map(flow.edges.map((e) => [e.id, e]));
  const bundled = new Set(bundles.flatMap((b) => b.linkIds));
  const byId = new Map(flow.nodes.map((n) => [n.id, n]));
  // Each group's cables, in one pass: a filter per group was quadratic on a 1,000-server design.
  const linksOf = new Map<string, string[]>();
  for (const edge of grouped) {
    const group = groupOf.get(edge.source);
    if (!group) continue;
    const links = linksOf.get(group);
    if (links) links.push(edge.id);
    else linksOf.set(group, [edge.id]);
  }
  const nodes = [
    ...flow.nodes.filter((n) => !groupOf.has(n.id)).map((n) => (n.type === 'iov-switch' ? withGroupHandles(n, groupOf) : n)),
    ...groups.map((g) => groupNode(g, byId.get(g.serverIds[0]!)!, linksOf.get(g.id) ?? [])),
  ];
  const edges: FlowEdge[] = [
    ...flow.edges.filter((e) => !bundled.has(e.id) && !groupOf.has(e.source) && !groupOf.has(e.target)),
    ...bundles.map((b): FlowEdge => ({
      id: b.id, type: b.kind as FlowEdge['type'], source: b.source, target: b.target,
      ...bundleHandles(b, edgeById.get(b.linkIds[0]!), groupOf),
      className: `link link-${b.kind} link-bundle`, selectable: false, focusable: false,
      ariaLabel: `Bundle of ${b.label} cables`,
      data: { kind: b.kind as NonNullable<FlowEdge['data']>['kind'], rate: b.label, bundle: true, members: b.linkIds },
    })),
  ];
  return { nodes, edges };
}

/**
 * Where a bundle starts and ends: a group's PCIe cables at its own port of the switch; a group's
 * fabric cables at its fabric side; a switch's fabric cables at its first adapter's row.
 */
function bundleHandles(bundle: CableBundle, first: FlowEdge | undefined, groupOf: ReadonlyMap<string, string>) {
  if (bundle.kind === 'pcie') return { sourceHandle: HANDLE.pcieOut, targetHandle: pcieInHandle(bundle.source) };
  if (first && !groupOf.has(first.source)) return { sourceHandle: first.sourceHandle ?? HANDLE.fabricOut, targetHandle: first.targetHandle ?? HANDLE.fabricIn };
  return { sourceHandle: HANDLE.fabricOut, targetHandle: HANDLE.fabricIn };
}

/** What a cable is, for a bundle's label: a PCIe cable its generation and lanes, a fabric cable its rate. */
function whatOf(edge: FlowEdge, topology: Topology): string {
  const server = indexOf(topology).node(edge.source);
  if (edge.data?.kind === 'pcie' && server?.kind === 'server') return `PCIe Gen${server.props.pcieGen} x${server.props.pcieLanes}`;
  return edge.data?.rate ?? edge.data?.kind ?? 'cable';
}
