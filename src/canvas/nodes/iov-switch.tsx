import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { SwitchFlowNode } from '../flowTypes.ts';
import { NodeHeader } from './NodeHeader.tsx';
import { SlotList } from './SlotList.tsx';

/** An IOV switch: one PCIe port on top per server cabled to it, and its pool of shared adapters. */
export function IovSwitchNode({ data }: NodeProps<SwitchFlowNode>) {
  const count = data.pcieHandles.length;
  return (
    <div className="iov-node kind-iov-switch">
      {data.pcieHandles.map((handleId, i) => (
        <Handle
          key={handleId} type="target" id={handleId} position={Position.Top} className="pcie-handle"
          style={{ left: `${((i + 0.5) / count) * 100}%` }}
        />
      ))}
      <NodeHeader kind="iov-switch" label={data.label} id={data.id} detail={data.summary} />
      <SlotList slots={data.slots} owner={data.label} />
    </div>
  );
}
