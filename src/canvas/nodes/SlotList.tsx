import type { SlotView } from '../flowTypes.ts';
import { SlotRow } from './SlotRow.tsx';

/**
 * The adapters in a server or a switch, one row each. A cable that leaves from the row's side has
 * its handle in the row; one that leaves from the node's bottom has it in SlotExits.
 */
export function SlotList({ slots, owner, parentId }: { slots: SlotView[]; owner: string; parentId: string }) {
  if (slots.length === 0) return null;
  return (
    <ul className="slot-list" aria-label={`Adapters in ${owner}`}>
      {slots.map((slot) => <SlotRow key={slot.id} slot={slot} parentId={parentId} />)}
    </ul>
  );
}
