import type { NodeProps } from '@xyflow/react';
import type { LanFlowNode } from '../flowTypes.ts';
import { FabricNode } from './FabricNode.tsx';

export function LanNode({ data }: NodeProps<LanFlowNode>) {
  return <FabricNode kind="lan" data={data} />;
}
