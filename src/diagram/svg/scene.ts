import { checkDesign, indexOf, SEVERITIES, type LinkKind, type NodeKind, type Severity, type Topology, type TopologyIndex, type TopologyNode } from '../../model/index.ts';
import { formatIops, formatMbps, formatRate, formatSpeed } from '../format.ts';
import { linkRate } from '../linkRate.ts';
import { bottomExit, NODE_WIDTH } from '../nodeLayout.ts';
import { nodeParts, slotTop, SLOT } from './nodeGeometry.ts';

/** A live figure of a run at the moment exported: utilization 0..1, or failed. */
export type LiveFigure = { utilization: number; failed?: boolean };
export type LiveFigures = { adapters: ReadonlyMap<string, LiveFigure>; links: ReadonlyMap<string, LiveFigure> };
export type FindingMark = { severity: Severity; count: number };

export type SceneSlot = { id: string; kind: 'fc-hba' | 'eth-nic'; label: string; speed: string; ports: number; state: string; loose: boolean; mark?: FindingMark; live?: LiveFigure };
export type SceneNode = {
  id: string; kind: NodeKind; label: string; x: number; y: number; width: number; height: number;
  /** The line under the label after the id: "PCIe Gen 3 ×8", "FC fabric". */
  detail: string;
  workload?: { storage: string; network: string };
  slots: SceneSlot[];
  summary?: string;
  mark?: FindingMark;
};
type End = { x: number; y: number; side: 'top' | 'bottom' | 'left' | 'right' };
export type SceneCable = { id: string; kind: LinkKind; rate: string; source: End; target: End; mark?: FindingMark; live?: LiveFigure };
export type Scene = { nodes: SceneNode[]; cables: SceneCable[] };

export type SceneOptions = {
  live?: LiveFigures;
  /** Only these elements (and the adapters in their slots, and cables between them). */
  only?: ReadonlySet<string>;
};

/** What the export draws, from the document alone: nodes placed where the canvas has them, and their cables' ends. */
export function sceneOf(topology: Topology, options: SceneOptions = {}): Scene {
  const index = indexOf(topology);
  const marks = findingMarks(topology);
  const isSlot = (node: TopologyNode) => (node.kind === 'fc-hba' || node.kind === 'eth-nic') && !!node.parentId && !!index.node(node.parentId);
  const only = options.only && selectionToDraw(options.only, index);
  const drawn = topology.nodes.filter((node) => !isSlot(node) && (!only || only.has(node.id)));
  const nodes = drawn.map((node) => sceneNode(node, index, marks, options.live));
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const cables = topology.links.flatMap((link) => {
    const cable = sceneCable(link.id, index, byId, marks, options.live);
    return cable ? [cable] : [];
  });
  return { nodes, cables };
}

/**
 * What a selection draws: its nodes; for an adapter in a slot, the node it sits in; for a cable,
 * the nodes at its ends (an adapter's cable from its parent's slot).
 */
function selectionToDraw(selected: ReadonlySet<string>, index: TopologyIndex): Set<string> {
  const drawnAs = (id: string) => {
    const node = index.node(id);
    return node && 'parentId' in node && node.parentId && index.node(node.parentId) ? node.parentId : id;
  };
  const out = new Set<string>();
  for (const id of selected) {
    const link = index.link(id);
    if (link) for (const end of [link.source, link.target]) out.add(drawnAs(end));
    else out.add(drawnAs(id));
  }
  return out;
}

function findingMarks(topology: Topology): Map<string, FindingMark> {
  const marks = new Map<string, FindingMark>();
  for (const { anchorId, severity } of checkDesign(topology)) {
    if (anchorId === null) continue;
    const mark = marks.get(anchorId);
    const worse = mark && SEVERITIES.indexOf(mark.severity) <= SEVERITIES.indexOf(severity) ? mark.severity : severity;
    marks.set(anchorId, { severity: worse, count: (mark?.count ?? 0) + 1 });
  }
  return marks;
}

function sceneNode(node: TopologyNode, index: TopologyIndex, marks: ReadonlyMap<string, FindingMark>, live: LiveFigures | undefined): SceneNode {
  const adapters = node.kind === 'server' || node.kind === 'iov-switch' ? index.adaptersIn(node.id) : [];
  const slots: SceneSlot[] = adapters.map((adapter) => {
    const fabric = index.fabricOf(adapter.id)?.fabric;
    const figure = live?.adapters.get(adapter.id);
    const mark = marks.get(adapter.id);
    return {
      id: adapter.id, kind: adapter.kind, label: adapter.label, speed: formatSpeed(adapter), ports: adapter.props.ports,
      state: fabric ? `to ${fabric.label}` : 'not cabled', loose: !fabric, ...(mark ? { mark } : {}), ...(figure ? { live: figure } : {}),
    };
  });
  const mark = marks.get(node.id);
  const base = { id: node.id, kind: node.kind, label: node.label, x: node.position.x, y: node.position.y, width: NODE_WIDTH[node.kind], height: nodeParts(node.kind, slots.length).height, slots, ...(mark ? { mark } : {}) };
  switch (node.kind) {
    case 'server': {
      const used = slots.length + index.pcieCablesOf(node.id).length;
      return { ...base, detail: `PCIe Gen ${node.props.pcieGen} ×${node.props.pcieLanes}`, workload: { storage: formatIops(node.workload), network: formatMbps(node.workload) }, summary: `${used} of ${node.props.slots} slots used` };
    }
    case 'iov-switch':
      return { ...base, detail: `Shared pool · ${slots.length} of ${node.props.adapterSlots} slots` };
    case 'fc-hba':
    case 'eth-nic':
      return { ...base, detail: `${formatSpeed(node)} · ${node.props.ports === 1 ? '1 port' : `${node.props.ports} ports`} · not placed` };
    case 'san':
    case 'lan':
      return { ...base, detail: node.kind === 'san' ? 'FC fabric' : 'Ethernet fabric' };
  }
}

const centreX = (node: SceneNode) => node.x + node.width / 2;

function sceneCable(linkId: string, index: TopologyIndex, nodes: ReadonlyMap<string, SceneNode>, marks: ReadonlyMap<string, FindingMark>, live: LiveFigures | undefined): SceneCable | undefined {
  const link = index.link(linkId);
  if (!link) return undefined;
  const rate = linkRate(index, link);
  const ends = link.kind === 'pcie' ? pcieEnds(link.source, link.target, index, nodes) : fabricEnds(link.source, link.target, index, nodes);
  if (!rate || !ends) return undefined;
  const perPort = formatRate(rate.perPort);
  const mark = marks.get(link.id);
  const figure = live?.links.get(link.id);
  return { id: link.id, kind: link.kind, rate: rate.ports === 1 ? perPort : `${rate.ports} × ${perPort}`, ...ends, ...(mark ? { mark } : {}), ...(figure ? { live: figure } : {}) };
}

/** A server's bottom centre to its port on the switch's top; ports ordered by the servers' x, as on the canvas. */
function pcieEnds(serverId: string, switchId: string, index: TopologyIndex, nodes: ReadonlyMap<string, SceneNode>) {
  const server = nodes.get(serverId);
  const sw = nodes.get(switchId);
  if (!server || !sw) return undefined;
  const servers = index.linksOf(switchId).filter((l) => l.kind === 'pcie' && l.target === switchId)
    .flatMap((l) => index.node(l.source) ?? []).toSorted((a, b) => a.position.x - b.position.x).map((s) => s.id);
  const at = (servers.indexOf(serverId) + 0.5) / servers.length;
  return { source: { x: centreX(server), y: server.y + server.height, side: 'bottom' as const }, target: { x: sw.x + at * sw.width, y: sw.y, side: 'top' as const } };
}

function fabricEnds(adapterId: string, fabricId: string, index: TopologyIndex, nodes: ReadonlyMap<string, SceneNode>) {
  const fabric = nodes.get(fabricId);
  if (!fabric) return undefined;
  const target = { x: centreX(fabric), y: fabric.y, side: 'top' as const };
  const own = nodes.get(adapterId);
  if (own) return { source: { x: centreX(own), y: own.y + own.height, side: 'bottom' as const }, target };
  const adapter = index.node(adapterId);
  const parentId = adapter && 'parentId' in adapter ? adapter.parentId : undefined;
  const parent = parentId ? nodes.get(parentId) : undefined;
  if (!parent) return undefined;
  const i = parent.slots.findIndex((slot) => slot.id === adapterId);
  if (parent.kind === 'server') {
    // Exits ordered by the x of the fabric each cable reaches, so that they do not cross (canvas/slots.ts).
    const fabricX = (id: string) => { const f = index.fabricOf(id)?.fabric; return f ? f.position.x : Number.POSITIVE_INFINITY; };
    const order = parent.slots.toSorted((a, b) => fabricX(a.id) - fabricX(b.id)).findIndex((slot) => slot.id === adapterId);
    return { source: { x: parent.x + bottomExit(order, parent.slots.length) * parent.width, y: parent.y + parent.height, side: 'bottom' as const }, target };
  }
  const y = parent.y + slotTop(nodeParts(parent.kind, parent.slots.length), i) + SLOT / 2;
  return centreX(fabric) < centreX(parent)
    ? { source: { x: parent.x - 4, y, side: 'left' as const }, target }
    : { source: { x: parent.x + parent.width, y, side: 'right' as const }, target };
}
