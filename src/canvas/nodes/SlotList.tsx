import { Handle, Position } from '@xyflow/react';
import { KindIcon } from '../KindIcon.tsx';
import type { SlotView } from '../flowTypes.ts';

/** The adapters in a server or a switch, one row each; a row's cable leaves from its side. */
export function SlotList({ slots, owner }: { slots: SlotView[]; owner: string }) {
  if (slots.length === 0) return null;
  return (
    <ul className="slot-list" aria-label={`Adapters in ${owner}`}>
      {slots.map((slot) => (
        <li key={slot.id} className={`slot kind-${slot.kind}`} aria-label={slot.name}>
          <span className="slot-icon"><KindIcon kind={slot.kind} size={18} /></span>
          <span className="slot-label">{slot.label}</span>
          <span className="slot-speed">{slot.speed}</span>
          <span className="slot-ports">{slot.ports}</span>
          <Handle
            type="source" id={slot.handleId} className="slot-handle"
            position={slot.side === 'left' ? Position.Left : Position.Right}
          />
        </li>
      ))}
    </ul>
  );
}
