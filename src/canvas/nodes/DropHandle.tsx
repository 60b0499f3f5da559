import { Handle, Position } from '@xyflow/react';
import { HANDLE } from '../handles.ts';

/**
 * The whole node as one target while a cable is being drawn, so a cable can be dropped anywhere
 * on it, not only on a small dot. It takes the pointer only then (the canvas has `is-cabling`),
 * and cannot start a cable. Invisible, so hidden from assistive technology: "Connect to…" is the
 * keyboard's way.
 */
export function DropHandle() {
  return (
    <Handle
      type="target" id={HANDLE.drop} position={Position.Top} className="drop-handle"
      isConnectableStart={false} aria-hidden="true"
    />
  );
}
