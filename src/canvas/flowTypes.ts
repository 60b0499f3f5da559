import type { Edge, Node } from '@xyflow/react';
import type { AdapterKind, LinkKind } from '../model/index.ts';
import type { SlotExit } from './layout.ts';

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
};

export type ServerData = { id: string; label: string; storage: string; network: string; pcie: string; slots: SlotView[] };
export type SwitchData = { id: string; label: string; summary: string; slots: SlotView[]; pcieHandles: string[] };
export type AdapterData = { id: string; label: string; speed: string; ports: string };
export type FabricData = { id: string; label: string; description: string };

export type ServerFlowNode = Node<ServerData, 'server'>;
export type SwitchFlowNode = Node<SwitchData, 'iov-switch'>;
export type HbaFlowNode = Node<AdapterData, 'fc-hba'>;
export type NicFlowNode = Node<AdapterData, 'eth-nic'>;
export type SanFlowNode = Node<FabricData, 'san'>;
export type LanFlowNode = Node<FabricData, 'lan'>;
export type FlowNode = ServerFlowNode | SwitchFlowNode | HbaFlowNode | NicFlowNode | SanFlowNode | LanFlowNode;

export type LinkData = { kind: LinkKind; rate: string };
export type FlowEdge = Edge<LinkData, LinkKind>;
