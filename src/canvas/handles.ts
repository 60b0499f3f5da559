/** Handle ids, one place: edges in toFlow and Handles in the node components must agree. */
export const HANDLE = {
  /** A server's PCIe cables leave from the bottom. */
  pcieOut: 'pcie-out',
  /** A fabric takes its cables at the top. */
  fabricIn: 'fabric-in',
  /** An adapter that stands alone (no parent) sends its cable from the bottom. */
  fabricOut: 'fabric-out',
  /** While a cable is drawn, every node is one large target handle, so it can be dropped anywhere on it. */
  drop: 'drop',
} as const;

const SLOT_PREFIX = 'slot-';

/** A switch has one PCIe port at its top per server cabled to it. */
export function pcieInHandle(serverId: string): string {
  return `pcie-in-${serverId}`;
}

/** An adapter placed in a server or a switch sends its cable from its slot row. */
export function slotHandle(adapterId: string): string {
  return `${SLOT_PREFIX}${adapterId}`;
}

/** The element a cable end stands for: a slot's handle is its adapter's, any other its node's. */
export function endpointOf(nodeId: string, handleId: string | null | undefined): string {
  return handleId?.startsWith(SLOT_PREFIX) ? handleId.slice(SLOT_PREFIX.length) : nodeId;
}
