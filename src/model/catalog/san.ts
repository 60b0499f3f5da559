import { numberProperty } from './property.ts';
import { SAN_FABRIC_LATENCY_US } from './figures.ts';

/** A storage area network: the FC fabric and its arrays, taken as one sink that never queues. */
export const san = {
  kind: 'san',
  name: 'SAN',
  idPrefix: 'san',
  description: 'A storage area network: the Fibre Channel fabric and its arrays.',
  props: {
    fabricLatencyUs: numberProperty({ label: 'Fabric latency', unit: 'µs', default: SAN_FABRIC_LATENCY_US, min: 0, max: 10_000 }),
  },
  /** The fabric is outside the design's cost; its ports are priced with the fc cable. */
  estimate: { priceUsd: 0, powerW: 0 },
} as const;
