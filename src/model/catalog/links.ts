/** The three kinds of cable, and what each costs. */
export const LINK_KINDS = ['pcie', 'fc', 'ethernet'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

export const linkCatalog = {
  /** A PCIe extender card ≈ $200 [NWC12] plus the cable (estimate $50); power: estimate. */
  pcie: { name: 'PCIe cable', estimate: { priceUsd: 250, powerW: 5 } },
  /** Optic and a SAN switch port: estimate. */
  fc: { name: 'FC cable', estimate: { priceUsd: 600, powerW: 2 } },
  /** Optic or DAC and a LAN switch port: estimate. */
  ethernet: { name: 'Ethernet cable', estimate: { priceUsd: 300, powerW: 2 } },
} as const satisfies Record<LinkKind, { name: string; estimate: { priceUsd: number; powerW: number } }>;
