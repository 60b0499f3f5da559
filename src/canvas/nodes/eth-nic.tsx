import type { NodeProps } from '@xyflow/react';
import type { NicFlowNode } from '../flowTypes.ts';
import { AdapterNode } from './AdapterNode.tsx';

export function EthNicNode({ data }: NodeProps<NicFlowNode>) {
  return <AdapterNode kind="eth-nic" data={data} />;
}
