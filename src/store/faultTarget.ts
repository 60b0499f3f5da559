import { indexOf, linkCatalog, type Topology } from '../model/index.ts';

/** How a fault's target is named on buttons and in messages: "HBA 1 (hba1)", "PCIe cable l3", "port 2 of HBA 1 (hba1)". */
export function faultTargetName(topology: Topology, target: string): string {
  const [id, port] = target.split(':') as [string, string | undefined];
  const index = indexOf(topology);
  const node = index.node(id);
  const name = node ? `${node.label} (${node.id})` : nameOfLink(topology, id);
  return port ? `port ${port} of ${name}` : name;
}

function nameOfLink(topology: Topology, id: string): string {
  const link = topology.links.find((l) => l.id === id);
  return link ? `${linkCatalog[link.kind].name} ${link.id}` : id;
}
