import { numberProperty } from './property.ts';
import { LAN_FABRIC_LATENCY_US } from './figures.ts';

/** A local area network: the Ethernet fabric, taken as one sink that never queues. */
export const lan = {
  kind: 'lan',
  name: 'LAN',
  idPrefix: 'lan',
  description: 'A local area network: the Ethernet fabric.',
  props: {
    fabricLatencyUs: numberProperty({ label: 'Fabric latency', unit: 'µs', default: LAN_FABRIC_LATENCY_US, min: 0, max: 10_000 }),
  },
  /** The fabric is outside the design's cost; its ports are priced with the ethernet cable. */
  estimate: { priceUsd: 0, powerW: 0 },
} as const;
