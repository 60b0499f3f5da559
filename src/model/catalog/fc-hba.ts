import { numberProperty } from './property.ts';
import { FC_HBA_LATENCY_US, FC_MBPS, PORT_IOPS_MAX } from './figures.ts';

/** A Fibre Channel host bus adapter: carries storage traffic into a SAN. */
export const fcHba = {
  kind: 'fc-hba',
  name: 'FC HBA',
  idPrefix: 'hba',
  description: 'A Fibre Channel host bus adapter; carries storage I/O into a SAN.',
  props: {
    speedGfc: numberProperty({
      label: 'Speed', unit: 'GFC', default: 8, min: 1, max: 64,
      options: Object.keys(FC_MBPS).map(Number),
    }),
    ports: numberProperty({ label: 'Ports', default: 1, min: 1, max: 4, integer: true }),
    latencyUs: numberProperty({ label: 'Adapter latency', unit: 'µs', default: FC_HBA_LATENCY_US, min: 0, max: 1000 }),
    iopsMax: numberProperty({ label: 'Max IOPS per port', default: PORT_IOPS_MAX, min: 1000, max: 10_000_000, integer: true }),
  },
  /** 8Gb FC HBA ≈ $1,300 (HP, 2008) [IS08]; power: estimate (5–15 W). */
  estimate: { priceUsd: 1300, powerW: 10 },
} as const;
