import { isAdapterKind, type LinkKind, type NodeKind } from './catalog/index.ts';

export type Cabling =
  | { ok: true; kind: LinkKind; /** The end that is stored as the link's source. */ sourceFirst: boolean }
  | { ok: false; reason: string };

const PAIRS: readonly { source: NodeKind; target: NodeKind; kind: LinkKind }[] = [
  { source: 'server', target: 'iov-switch', kind: 'pcie' },
  { source: 'fc-hba', target: 'san', kind: 'fc' },
  { source: 'eth-nic', target: 'lan', kind: 'ethernet' },
];

/**
 * The kind of cable between two kinds of node, and which end is the source (server before switch,
 * adapter before fabric), or why they cannot be cabled, in words that say what to do instead.
 */
export function cablingBetween(a: NodeKind, b: NodeKind): Cabling {
  for (const pair of PAIRS) {
    if (pair.source === a && pair.target === b) return { ok: true, kind: pair.kind, sourceFirst: true };
    if (pair.source === b && pair.target === a) return { ok: true, kind: pair.kind, sourceFirst: false };
  }
  return { ok: false, reason: cablingAdvice(a, b) };
}

function cablingAdvice(a: NodeKind, b: NodeKind): string {
  const kinds = new Set([a, b]);
  if ((kinds.has('server') || kinds.has('iov-switch')) && (isAdapterKind(a) || isAdapterKind(b))) {
    return 'Adapters are not cabled to servers or switches: place the adapter inside it instead.';
  }
  if (kinds.has('fc-hba') && kinds.has('lan')) return 'An FC HBA reaches a SAN, not a LAN: use an Ethernet NIC for the LAN.';
  if (kinds.has('eth-nic') && kinds.has('san')) return 'An Ethernet NIC reaches a LAN, not a SAN: use an FC HBA for the SAN.';
  if (kinds.has('server') && (kinds.has('san') || kinds.has('lan'))) {
    return 'A server reaches a fabric through an adapter: place an FC HBA or a NIC in it, or cable it to an IOV switch.';
  }
  if (kinds.has('iov-switch') && (kinds.has('san') || kinds.has('lan'))) {
    return 'A switch reaches a fabric through the adapters of its pool: cable each adapter to the fabric.';
  }
  return `A ${a} cannot be cabled to a ${b}: cables run server to IOV switch (PCIe), FC HBA to SAN (FC) and NIC to LAN (Ethernet).`;
}
