import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { SwitchFlowNode } from '../flowTypes.ts';
import { DropHandle } from './DropHandle.tsx';
import { NodeHeader } from './NodeHeader.tsx';
import { PoolQueue } from './PoolQueue.tsx';
import { SlotList } from './SlotList.tsx';
import { useHandleRefresh } from './useHandleRefresh.ts';

/** An IOV switch: one PCIe port on top per server cabled to it, and its pool of shared adapters. */
export function IovSwitchNode({ data }: NodeProps<SwitchFlowNode>) {
  const count = data.pcieHandles.length;
  useHandleRefresh(data.id, [...data.pcieHandles, ...data.slots.map((s) => `${s.handleId}:${s.exit.side}`)]);
  return (
    <div className="iov-node kind-iov-switch">
      {data.pcieHandles.map((handleId, i) => (
        <Handle
          key={handleId} type="target" id={handleId} position={Position.Top} className="pcie-handle"
          isConnectableStart={false} role="img" aria-label={`PCIe port ${i + 1} of ${data.label} (${data.id})`}
          style={{ left: `${((i + 0.5) / count) * 100}%` }}
        />
      ))}
      <NodeHeader kind="iov-switch" label={data.label} id={data.id} detail={data.summary} mark={data.mark} />
      <SlotList slots={data.slots} owner={data.label} parentId={data.id} />
      <PoolQueue switchId={data.id} />
      {data.slots.length === 0 && <p className="slot-summary">Drop FC HBAs and NICs here to pool them</p>}
      <DropHandle />
    </div>
  );
}
