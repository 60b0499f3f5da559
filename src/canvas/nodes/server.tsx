import { Handle, Position, type NodeProps } from '@xyflow/react';
import { useMemo } from 'react';
import type { ServerFlowNode } from '../flowTypes.ts';
import { HANDLE } from '../handles.ts';
import { DropHandle } from './DropHandle.tsx';
import { NodeHeader } from './NodeHeader.tsx';
import { ServerLoad } from './ServerLoad.tsx';
import { ServerQueue } from './ServerQueue.tsx';
import { SlotExits } from './SlotExits.tsx';
import { SlotList } from './SlotList.tsx';
import { useHandleRefresh } from './useHandleRefresh.ts';

/** A server: its workload in two figures, its PCIe link, its slots and any adapters of its own. */
export function ServerNode({ data }: NodeProps<ServerFlowNode>) {
  useHandleRefresh(data.id, data.slots.map((s) => `${s.handleId}:${s.exit.side}`));
  const adapterIds = useMemo(() => data.slots.map((s) => s.id), [data.slots]);
  return (
    <div className="iov-node kind-server">
      <NodeHeader kind="server" label={data.label} id={data.id} detail={data.pcie} mark={data.mark} />
      <ServerLoad label={data.label} id={data.id} adapterIds={adapterIds} linkIds={data.pcieLinkIds} />
      <dl className="workload">
        <div><dt>Storage</dt><dd>{data.storage}</dd></div>
        <div><dt>Network</dt><dd>{data.network}</dd></div>
      </dl>
      <ServerQueue serverId={data.id} />
      <SlotList slots={data.slots} owner={data.label} parentId={data.id} />
      <p className="slot-summary">{data.slotSummary}</p>
      <SlotExits slots={data.slots} />
      <Handle
        type="source" id={HANDLE.pcieOut} position={Position.Bottom} className="pcie-handle"
        role="img" aria-label={`PCIe port of ${data.label} (${data.id})`}
      />
      <DropHandle />
    </div>
  );
}
