import { catalog, linkCatalog, type LinkKind, type NodeKind } from '../model/index.ts';

/**
 * Accessible names of what the canvas draws. Each starts with a stable part, "<Kind>: <label> (<id>)",
 * and may go on with details after a comma, which change as the design does:
 *   "Server: Web 1 (s1), storage 300 IOPS, network 800 Mb/s"
 *   "IOV switch: IOV switch (sw1), 4 adapters"
 *   "FC HBA: HBA 1 (hba1), 8GFC, 1 port"        (a slot in a server or switch, or a node of its own)
 *   "SAN: SAN (san1)"
 *   "PCIe cable: Web 1 (s1) to IOV switch (sw1), 3.36 GB/s per direction"
 * e2e/pages/AppPage.ts finds elements by the stable part.
 */
export function nodeName(kind: NodeKind, label: string, id: string, ...details: string[]): string {
  return [`${catalog[kind].name}: ${label} (${id})`, ...details].join(', ');
}

export function adapterCount(count: number): string {
  if (count === 0) return 'no adapters';
  return count === 1 ? '1 adapter' : `${count} adapters`;
}

export function linkName(kind: LinkKind, from: string, to: string, rate: string): string {
  return `${linkCatalog[kind].name}: ${from} to ${to}, ${rate} per direction`;
}

/** "Web 1 (s1)": how a node is named inside another name. */
export function shortName(node: { label: string; id: string }): string {
  return `${node.label} (${node.id})`;
}
