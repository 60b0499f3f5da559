import { Handle, Position } from '@xyflow/react';
import type { KeyboardEvent, MouseEvent, PointerEvent } from 'react';
import { useAppStore, useAppStoreApi } from '../../store/hooks.ts';
import { KindIcon } from '../KindIcon.tsx';
import type { SlotView } from '../flowTypes.ts';
import { useSlotDrag } from '../useSlotDrag.ts';
import { FindingBadge } from './FindingBadge.tsx';
import { SlotLoad } from './SlotLoad.tsx';

/**
 * One adapter in a server or a switch. Clicking (or Enter) selects the adapter, not its parent;
 * dragging it moves it elsewhere or takes it out (`nodrag`: React Flow must not drag the parent).
 */
export function SlotRow({ slot, parentId }: { slot: SlotView; parentId: string }) {
  const store = useAppStoreApi();
  const selected = useAppStore((s) => s.selected.includes(slot.id));
  const { onPointerDown, consumeDragClick } = useSlotDrag(slot.id, parentId, slot.label);
  const select = (event: MouseEvent | KeyboardEvent) => {
    event.stopPropagation();
    const additive = 'ctrlKey' in event && (event.ctrlKey || event.metaKey);
    const state = store.getState();
    state.select(additive ? [...state.selected, slot.id] : [slot.id]);
  };
  const onClick = (event: MouseEvent) => {
    event.stopPropagation();
    if (!consumeDragClick()) select(event);
  };
  // A press on the row's port draws a cable (React Flow's), not a move of the adapter.
  const onRowPointerDown = (event: PointerEvent<HTMLLIElement>) => {
    if (!(event.target as Element).closest('.react-flow__handle')) onPointerDown(event);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      select(event);
    }
  };
  return (
    <li
      className={`slot kind-${slot.kind} nodrag nopan${selected ? ' is-selected' : ''}`} aria-label={slot.name} data-slot-id={slot.id} tabIndex={0}
      onPointerDown={onRowPointerDown} onClick={onClick} onKeyDown={onKeyDown}
    >
      <span className="slot-icon"><KindIcon kind={slot.kind} size={18} /></span>
      <span className="slot-label">{slot.label}</span>
      <span className="slot-speed">{slot.speed}{slot.ports > 1 && <span className="slot-ports"> ×{slot.ports}</span>}</span>
      <FindingBadge mark={slot.mark} />
      <span className={`slot-state${slot.state === 'not cabled' ? ' is-loose' : ''}`}>{slot.state}</span>
      <SlotLoad id={slot.id} label={slot.label} />
      {slot.exit.side !== 'bottom' && (
        <Handle
          type="source" id={slot.handleId} className="slot-handle" role="img" aria-label={`Port of ${slot.label} (${slot.id})`}
          position={slot.exit.side === 'left' ? Position.Left : Position.Right}
        />
      )}
    </li>
  );
}
