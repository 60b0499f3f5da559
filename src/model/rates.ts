import {
  ETHERNET_MBPS, FC_MBPS, PCIE_LANE_MBPS, PCIE_PAYLOAD_EFFICIENCY,
} from './catalog/index.ts';
import type { AdapterNode, ServerNode, SwitchNode } from './schema.ts';

/** Bytes per second of one port, per direction (FC data rate; Ethernet TCP payload rate). */
export function portRateBytesPerSecond(adapter: AdapterNode): number {
  const mbps = adapter.kind === 'fc-hba' ? FC_MBPS[adapter.props.speedGfc] : ETHERNET_MBPS[adapter.props.speedGbe];
  return (mbps ?? 0) * 1e6;
}

/**
 * Bytes per second of a server's PCIe cable to a switch, per direction: the slower generation of
 * the two ends, the server's lanes, and 84 % left after packet overhead (SIMULATION.md).
 */
export function pcieRateBytesPerSecond(server: ServerNode, switchNode: SwitchNode): number {
  const generation = Math.min(server.props.pcieGen, switchNode.props.pcieGen);
  return (PCIE_LANE_MBPS[generation] ?? 0) * server.props.pcieLanes * PCIE_PAYLOAD_EFFICIENCY * 1e6;
}

/** A port's service time for one I/O: max(B / rate, 1 / IOPS ceiling), in seconds. */
export function portServiceTime(adapter: AdapterNode, bytes: number): number {
  return Math.max(bytes / portRateBytesPerSecond(adapter), 1 / adapter.props.iopsMax);
}

export const KIB = 1024;
