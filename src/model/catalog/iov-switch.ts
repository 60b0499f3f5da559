import { choiceProperty, numberProperty } from './property.ts';
import { PCIE_SWITCH_HOP_US } from './figures.ts';

export const DISPATCH_POLICIES = ['shared-queue', 'least-loaded', 'static'] as const;
export type DispatchPolicy = (typeof DISPATCH_POLICIES)[number];

/**
 * An external PCIe switch chassis holding a pool of shared adapters.
 * VirtenSys silicon was "architected to support 16 servers" [REGF]; NextIO vNET held 8 I/O modules
 * [REG11]: hence 16 server ports and 8 adapter slots by default.
 */
export const iovSwitch = {
  kind: 'iov-switch',
  name: 'IOV switch',
  idPrefix: 'sw',
  description: 'An I/O virtualization switch: servers cable to it over PCIe and share its adapters.',
  props: {
    serverPorts: numberProperty({ label: 'Server ports', default: 16, min: 1, max: 64, integer: true }),
    adapterSlots: numberProperty({ label: 'Adapter slots', default: 8, min: 1, max: 32, integer: true }),
    pcieGen: numberProperty({ label: 'PCIe generation', default: 2, min: 1, max: 5, integer: true }),
    hopLatencyUs: numberProperty({
      label: 'Switch hop latency', unit: 'µs', default: PCIE_SWITCH_HOP_US, min: 0, max: 100,
    }),
    policy: choiceProperty<DispatchPolicy>({ label: 'Dispatch policy', default: 'shared-queue', options: DISPATCH_POLICIES }),
  },
  /** Estimates: no list price of an IOV chassis was found. */
  estimate: { priceUsd: 20000, powerW: 400 },
} as const;
