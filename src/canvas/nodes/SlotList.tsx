import { Handle, Position } from '@xyflow/react';
import { KindIcon } from '../KindIcon.tsx';
import type { SlotView } from '../flowTypes.ts';

/**
 * The adapters in a server or a switch, one row each. A cable that leaves from the row's side has
 * its handle in the row; one that leaves from the node's bottom has it in SlotExits.
 */
export function SlotList({ slots, owner }: { slots: SlotView[]; owner: string }) {
  if (slots.length === 0) return null;
  return (
    <ul className="slot-list" aria-label={`Adapters in ${owner}`}>
      {slots.map((slot) => (
        <li key={slot.id} className={`slot kind-${slot.kind}`} aria-label={slot.name}>
          <span className="slot-icon"><KindIcon kind={slot.kind} size={18} /></span>
          <span className="slot-label">{slot.label}</span>
          <span className="slot-speed">{slot.speed}</span>
          {slot.ports > 1 && <span className="slot-ports">×{slot.ports}</span>}
          {slot.exit.side !== 'bottom' && (
            <Handle
              type="source" id={slot.handleId} className="slot-handle"
              position={slot.exit.side === 'left' ? Position.Left : Position.Right}
            />
          )}
        </li>
      ))}
    </ul>
  );
}
