import { Handle, Position } from '@xyflow/react';
import { useStore } from 'zustand';
import { dragFeedback } from '../dragFeedback.ts';
import { HANDLE } from '../handles.ts';

const selectCabling = (s: { cablingFrom: string | null }) => s.cablingFrom !== null;

/**
 * The whole node as one target while a cable is being drawn, so a cable can be dropped anywhere
 * on it, not only on a small dot. Drawn only then: each handle is work for React Flow at every
 * frame of a drag. It cannot start a cable, and is hidden from assistive technology ("Connect
 * to…" is the keyboard's way).
 */
export function DropHandle() {
  const cabling = useStore(dragFeedback, selectCabling);
  if (!cabling) return null;
  return (
    <Handle
      type="target" id={HANDLE.drop} position={Position.Top} className="drop-handle"
      isConnectableStart={false} aria-hidden="true"
    />
  );
}
