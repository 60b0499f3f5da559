import { catalog, NODE_KINDS, type NodeKind } from '../model/index.ts';

/** What the palette offers, in the order a design is built: compute, switch, adapters, fabrics. */
export type PaletteItem = { kind: NodeKind; name: string; hint: string };

const HINTS: Readonly<Record<NodeKind, string>> = {
  server: 'Issues storage and network I/O',
  'iov-switch': 'Pools adapters for servers cabled to it',
  'fc-hba': 'Into a server or a switch; cable to a SAN',
  'eth-nic': 'Into a server or a switch; cable to a LAN',
  san: 'Storage fabric (Fibre Channel)',
  lan: 'Network fabric (Ethernet)',
};

export const PALETTE_ITEMS: readonly PaletteItem[] = NODE_KINDS.map((kind) => ({ kind, name: catalog[kind].name, hint: HINTS[kind] }));
