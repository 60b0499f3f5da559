import { catalog, linkCatalog, NODE_KINDS, LINK_KINDS, type LinkKind, type NodeKind } from '../catalog/index.ts';
import { serverPortsUsed } from '../operations/budgets.ts';
import type { Topology } from '../schema.ts';

type Item = NodeKind | LinkKind;

/** What a design is made of, and what it costs and draws, with the design's own price overrides. */
export type BillOfMaterials = {
  counts: Record<Item, number>;
  adapters: number;
  cables: number;
  switchPortsUsed: number;
  /** US dollars and watts, servers included; the catalog's figures are estimates unless overridden. */
  priceUsd: number;
  powerW: number;
  /** The same without the servers: the I/O part, where dedicated and virtualized differ. */
  ioPriceUsd: number;
  ioPowerW: number;
  /** Items whose price or power came from the design's overrides rather than the catalog. */
  overridden: Item[];
};

export function unitFigures(topology: Topology, item: Item): { priceUsd: number; powerW: number } {
  const estimate = (item in catalog ? catalog[item as NodeKind].estimate : linkCatalog[item as LinkKind].estimate);
  const override = topology.settings.prices[item];
  return { priceUsd: override?.priceUsd ?? estimate.priceUsd, powerW: override?.powerW ?? estimate.powerW };
}

export function billOfMaterials(topology: Topology): BillOfMaterials {
  const counts = Object.fromEntries([...NODE_KINDS, ...LINK_KINDS].map((item) => [item, 0])) as Record<Item, number>;
  for (const node of topology.nodes) counts[node.kind] += 1;
  for (const link of topology.links) counts[link.kind] += 1;
  let priceUsd = 0;
  let powerW = 0;
  for (const item of Object.keys(counts) as Item[]) {
    const unit = unitFigures(topology, item);
    priceUsd += unit.priceUsd * counts[item];
    powerW += unit.powerW * counts[item];
  }
  const server = unitFigures(topology, 'server');
  return {
    counts,
    adapters: counts['fc-hba'] + counts['eth-nic'],
    cables: counts.pcie + counts.fc + counts.ethernet,
    switchPortsUsed: topology.nodes.filter((n) => n.kind === 'iov-switch').reduce((sum, sw) => sum + serverPortsUsed(topology, sw.id), 0),
    priceUsd,
    powerW,
    ioPriceUsd: priceUsd - server.priceUsd * counts.server,
    ioPowerW: powerW - server.powerW * counts.server,
    overridden: (Object.keys(topology.settings.prices) as Item[]).filter((item) => topology.settings.prices[item] !== undefined),
  };
}
