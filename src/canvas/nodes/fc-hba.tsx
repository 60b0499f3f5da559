import type { NodeProps } from '@xyflow/react';
import type { HbaFlowNode } from '../flowTypes.ts';
import { AdapterNode } from './AdapterNode.tsx';

export function FcHbaNode({ data }: NodeProps<HbaFlowNode>) {
  return <AdapterNode kind="fc-hba" data={data} />;
}
