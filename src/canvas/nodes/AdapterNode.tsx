import { Handle, Position } from '@xyflow/react';
import type { AdapterKind } from '../../model/index.ts';
import type { AdapterData } from '../flowTypes.ts';
import { HANDLE } from '../handles.ts';
import { DropHandle } from './DropHandle.tsx';
import { NodeHeader } from './NodeHeader.tsx';

/** An adapter not placed in a server or a switch: drawn on its own, its cable from the bottom. */
export function AdapterNode({ kind, data }: { kind: AdapterKind; data: AdapterData }) {
  return (
    <div className={`iov-node kind-${kind}`}>
      <NodeHeader kind={kind} label={data.label} id={data.id} detail={`${data.speed} · ${data.ports} · not placed`} mark={data.mark} />
      <Handle
        type="source" id={HANDLE.fabricOut} position={Position.Bottom} className="fabric-handle"
        role="img" aria-label={`Port of ${data.label} (${data.id})`}
      />
      <DropHandle />
    </div>
  );
}
