import { compareIds } from './ids.ts';
import type { AdapterNode, ServerNode, SwitchNode, Topology, TopologyLink, TopologyNode } from './schema.ts';

/**
 * Look-ups over one document, built once per document object: documents are immutable, so the
 * WeakMap cache is always right and is dropped with the document.
 */
export type TopologyIndex = {
  node(id: string): TopologyNode | undefined;
  link(id: string): TopologyLink | undefined;
  /** Adapters placed in a server or a switch, in id order. */
  adaptersIn(parentId: string): AdapterNode[];
  /** Links that touch a node, in id order. */
  linksOf(nodeId: string): TopologyLink[];
  /** The PCIe cables of a server, in the id order of the switch they reach. */
  pcieCablesOf(serverId: string): { link: TopologyLink; switchNode: SwitchNode }[];
  /** The fabric cable of an adapter, and the fabric it reaches. */
  fabricOf(adapterId: string): { link: TopologyLink; fabric: TopologyNode } | undefined;
  servers: ServerNode[];
  switches: SwitchNode[];
};

const cache = new WeakMap<Topology, TopologyIndex>();

export function indexOf(topology: Topology): TopologyIndex {
  let index = cache.get(topology);
  if (!index) {
    index = buildIndex(topology);
    cache.set(topology, index);
  }
  return index;
}

const byId = (a: { id: string }, b: { id: string }) => compareIds(a.id, b.id);

function pushTo<V>(map: Map<string, V[]>, key: string, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function buildIndex(topology: Topology): TopologyIndex {
  const nodes = new Map(topology.nodes.map((node) => [node.id, node]));
  const links = new Map(topology.links.map((link) => [link.id, link]));
  const children = new Map<string, AdapterNode[]>();
  const linksByNode = new Map<string, TopologyLink[]>();
  
  for (const node of topology.nodes.toSorted(byId)) {
    if ((node.kind === 'fc-hba' || node.kind === 'eth-nic') && node.parentId) pushTo(children, node.parentId, node);
  }
  for (const link of topology.links.toSorted(byId)) {
    pushTo(linksByNode, link.source, link);
    pushTo(linksByNode, link.target, link);
  }
  const servers = topology.nodes.filter((n): n is ServerNode => n.kind === 'server').toSorted(byId);
  const switches = topology.nodes.filter((n): n is SwitchNode => n.kind === 'iov-switch').toSorted(byId);

  return {
    node: (id) => nodes.get(id),
    link: (id) => links.get(id),
    adaptersIn: (parentId) => children.get(parentId) ?? [],
    linksOf: (nodeId) => linksByNode.get(nodeId) ?? [],
    pcieCablesOf(serverId) {
      const cables: { link: TopologyLink; switchNode: SwitchNode }[] = [];
      for (const link of linksByNode.get(serverId) ?? []) {
        const other = nodes.get(link.target);
        if (link.kind === 'pcie' && link.source === serverId && other?.kind === 'iov-switch') cables.push({ link, switchNode: other });
      }
      return cables.toSorted((a, b) => compareIds(a.switchNode.id, b.switchNode.id));
    },
    fabricOf(adapterId) {
      for (const link of linksByNode.get(adapterId) ?? []) {
        const fabric = nodes.get(link.target);
        if (link.source === adapterId && fabric) return { link, fabric };
      }
      return undefined;
    },
    servers,
    switches,
  };
}
