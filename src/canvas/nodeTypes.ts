import type { NodeTypes } from '@xyflow/react';
import type { NodeKind } from '../model/index.ts';
import { EthNicNode } from './nodes/eth-nic.tsx';
import { FcHbaNode } from './nodes/fc-hba.tsx';
import { IovSwitchNode } from './nodes/iov-switch.tsx';
import { LanNode } from './nodes/lan.tsx';
import { SanNode } from './nodes/san.tsx';
import { ServerNode } from './nodes/server.tsx';
import { ServerGroupNode } from './nodes/server-group.tsx';

/** At module level, so React Flow never sees a new object and remounts every node. */
export const nodeTypes = {
  server: ServerNode,
  'iov-switch': IovSwitchNode,
  'fc-hba': FcHbaNode,
  'eth-nic': EthNicNode,
  san: SanNode,
  lan: LanNode,
  // Semantic zoom: alike servers of a large design, as one node (groupedFlow.ts).
  'server-group': ServerGroupNode,
} satisfies Record<NodeKind | 'server-group', NodeTypes[string]>;
