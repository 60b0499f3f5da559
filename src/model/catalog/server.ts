import { numberProperty } from './property.ts';

/** A compute host. Its PCIe cable (via an extender card) is what reaches an IOV switch. */
export const server = {
  kind: 'server',
  name: 'Server',
  idPrefix: 's',
  description: 'A compute host that issues storage and network I/O.',
  props: {
    pcieGen: numberProperty({ label: 'PCIe generation', default: 2, min: 1, max: 5, integer: true }),
    pcieLanes: numberProperty({ label: 'PCIe lanes', default: 8, min: 1, max: 16, options: [1, 2, 4, 8, 16] }),
    /** PCIe slots for dedicated adapters and extender cards; one cable to a switch takes one slot. */
    slots: numberProperty({ label: 'Adapter slots', default: 4, min: 1, max: 8, integer: true }),
  },
  /** Estimates: a 1U two-socket server of the IOV era; no source. */
  estimate: { priceUsd: 6000, powerW: 350 },
} as const;
