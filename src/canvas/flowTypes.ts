import type { Edge, Node } from '@xyflow/react';
import type { AdapterKind, LinkKind } from '../model/index.ts';
import type { FindingMark } from '../store/index.ts';
import type { SlotExit } from './layout.ts';

export type { FindingMark };

/** What the canvas draws, derived from the document by toFlow: display strings, no behaviour. */
export type SlotView = {
  id: string;
  kind: AdapterKind;
  label: string;
  speed: string;
  ports: number;
  /** The accessible name of the slot (see accessibleNames.ts). */
  name: string;
  exit: SlotExit;
  handleId: string;
  /** Where its cable goes ("SAN") or that it has none. */
  state: string;
  /** The worst finding about this adapter, for its badge. */
  mark?: FindingMark;
};

/** What every node shows: its label, its id and the badge of its worst finding. */
type Named = { id: string; label: string; mark?: FindingMark };
export type ServerData = Named & {
  storage: string; network: string; pcie: string; slots: SlotView[]; slotSummary: string;
  /** Its PCIe cables: with its adapters, what a compact tile's one utilization bar sums up. */
  pcieLinkIds: string[];
};
export type SwitchData = Named & { summary: string; slots: SlotView[]; pcieHandles: string[] };
export type AdapterData = Named & { speed: string; ports: string };
export type FabricData = Named & { description: string };

export type ServerFlowNode = Node<ServerData, 'server'>;
export type SwitchFlowNode = Node<SwitchData, 'iov-switch'>;
export type HbaFlowNode = Node<AdapterData, 'fc-hba'>;
export type NicFlowNode = Node<AdapterData, 'eth-nic'>;
export type SanFlowNode = Node<FabricData, 'san'>;
export type LanFlowNode = Node<FabricData, 'lan'>;
/** Semantic zoom: alike servers drawn as one node (diagram/serverGroups.ts, groupedFlow.ts). */
export type GroupData = { id: string; label: string; serverIds: string[]; linkIds: string[]; mark?: undefined };
export type GroupFlowNode = Node<GroupData, 'server-group'>;
export type FlowNode = ServerFlowNode | SwitchFlowNode | HbaFlowNode | NicFlowNode | SanFlowNode | LanFlowNode | GroupFlowNode;

/** `members`: a bundle's cables (semantic zoom), whose busiest is the load it shows in a run. */
export type LinkData = { kind: LinkKind; rate: string; mark?: FindingMark; bundle?: boolean; members?: readonly string[] };
export type FlowEdge = Edge<LinkData, LinkKind>;
