import type { NodeProps } from '@xyflow/react';
import type { SanFlowNode } from '../flowTypes.ts';
import { FabricNode } from './FabricNode.tsx';

export function SanNode({ data }: NodeProps<SanFlowNode>) {
  return <FabricNode kind="san" data={data} />;
}
