import { numberProperty } from './property.ts';
import { ETHERNET_MBPS, NIC_LATENCY_US, PORT_IOPS_MAX } from './figures.ts';

/** An Ethernet NIC: carries network traffic into a LAN. */
export const ethNic = {
  kind: 'eth-nic',
  name: 'Ethernet NIC',
  idPrefix: 'nic',
  description: 'An Ethernet network interface card; carries network traffic into a LAN.',
  props: {
    speedGbe: numberProperty({
      label: 'Speed', unit: 'GbE', default: 10, min: 1, max: 100,
      options: Object.keys(ETHERNET_MBPS).map(Number),
    }),
    ports: numberProperty({ label: 'Ports', default: 1, min: 1, max: 4, integer: true }),
    latencyUs: numberProperty({ label: 'Adapter latency', unit: 'µs', default: NIC_LATENCY_US, min: 0, max: 1000 }),
    iopsMax: numberProperty({ label: 'Max messages/s per port', default: PORT_IOPS_MAX, min: 1000, max: 10_000_000, integer: true }),
  },
  /** 10GbE NIC ≈ $1,000 (~2008) [IW]; power about 7 W (X520-DA2 5–8.6 W, ConnectX-2 7 W) [GIST]. */
  estimate: { priceUsd: 1000, powerW: 7 },
} as const;
