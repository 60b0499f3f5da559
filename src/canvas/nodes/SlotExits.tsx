import { Handle, Position } from '@xyflow/react';
import type { SlotView } from '../flowTypes.ts';

/** Handles on a node's bottom edge for the slots whose cables leave from there. */
export function SlotExits({ slots }: { slots: SlotView[] }) {
  return slots.map((slot) =>
    slot.exit.side === 'bottom' ? (
      <Handle
        key={slot.id} type="source" id={slot.handleId} position={Position.Bottom} role="img" aria-label={`Port of ${slot.label} (${slot.id})`}
        className={`slot-handle kind-${slot.kind}`} style={{ left: `${slot.exit.at * 100}%` }}
      />
    ) : null,
  );
}
