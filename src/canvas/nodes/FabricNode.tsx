import { Handle, Position } from '@xyflow/react';
import type { FabricKind } from '../../model/index.ts';
import type { FabricData } from '../flowTypes.ts';
import { HANDLE } from '../handles.ts';
import { DropHandle } from './DropHandle.tsx';
import { NodeHeader } from './NodeHeader.tsx';

/** A SAN or a LAN: a sink that takes its cables at the top. */
export function FabricNode({ kind, data }: { kind: FabricKind; data: FabricData }) {
  return (
    <div className={`iov-node kind-${kind}`}>
      <Handle
        type="target" id={HANDLE.fabricIn} position={Position.Top} className="fabric-handle" isConnectableStart={false}
        role="img" aria-label={`Port of ${data.label} (${data.id})`}
      />
      <NodeHeader kind={kind} label={data.label} id={data.id} detail={data.description} mark={data.mark} />
      <DropHandle />
    </div>
  );
}
