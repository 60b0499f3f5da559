import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { ServerFlowNode } from '../flowTypes.ts';
import { HANDLE } from '../handles.ts';
import { NodeHeader } from './NodeHeader.tsx';
import { SlotExits } from './SlotExits.tsx';
import { SlotList } from './SlotList.tsx';

/** A server: its workload in two figures, its PCIe link, and any adapters of its own. */
export function ServerNode({ data }: NodeProps<ServerFlowNode>) {
  return (
    <div className="iov-node kind-server">
      <NodeHeader kind="server" label={data.label} id={data.id} detail={data.pcie} />
      <dl className="workload">
        <div><dt>Storage</dt><dd>{data.storage}</dd></div>
        <div><dt>Network</dt><dd>{data.network}</dd></div>
      </dl>
      <SlotList slots={data.slots} owner={data.label} />
      <SlotExits slots={data.slots} />
      <Handle type="source" id={HANDLE.pcieOut} position={Position.Bottom} className="pcie-handle" />
    </div>
  );
}
