import { useCallback, useEffect, useRef, useState, type MouseEvent as ReactMouseEvent } from 'react';
import { faultTargetName } from '../store/faultTarget.ts';
import { canInjectFault, isFailedNow } from '../store/simulationSelectors.ts';
import { useAppStoreApi } from '../store/hooks.ts';
import { focusWhenDrawn } from './useCanvasView.ts';

type Open = { target: string; x: number; y: number };

/** The element a right-click was on: an adapter's slot row inside a node, else the node or cable itself. */
function targetOf(event: ReactMouseEvent, fallback: string): string {
  const slot = (event.target as Element).closest<HTMLElement>('[data-slot-id]');
  return slot?.dataset.slotId ?? fallback;
}

/**
 * The diagram's context menu while a simulation runs: fail or recover the element right-clicked,
 * at the simulated time reached. Without a run the browser's own menu shows.
 */
export function useFaultMenu() {
  const store = useAppStoreApi();
  const [open, setOpen] = useState<Open | null>(null);
  const menu = useRef<HTMLUListElement>(null);
  const show = useCallback((event: ReactMouseEvent, id: string) => {
    if (!canInjectFault(store.getState())) return;
    event.preventDefault();
    const target = targetOf(event, id);
    store.getState().select([target]);
    setOpen({ target, x: event.clientX, y: event.clientY });
  }, [store]);
  const onNodeContextMenu = useCallback((event: ReactMouseEvent, node: { id: string }) => show(event, node.id), [show]);
  const onEdgeContextMenu = useCallback((event: ReactMouseEvent, edge: { id: string }) => show(event, edge.id), [show]);
  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const outside = (event: PointerEvent) => {
      if (!menu.current?.contains(event.target as Node)) setOpen(null);
    };
    const escape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(null);
      focusWhenDrawn(open.target);
    };
    document.addEventListener('pointerdown', outside);
    document.addEventListener('keydown', escape);
    return () => {
      document.removeEventListener('pointerdown', outside);
      document.removeEventListener('keydown', escape);
    };
  }, [open]);
  let element = null;
  if (open) {
    const state = store.getState();
    const failed = isFailedNow(state, open.target);
    const name = faultTargetName(state.document, open.target);
    const choose = () => {
      setOpen(null);
      // Back to the element the menu was about, as after any menu.
      focusWhenDrawn(open.target);
      if (failed) store.getState().recoverElement(open.target);
      else store.getState().failElement(open.target);
    };
    element = (
      <ul ref={menu} role="menu" aria-label={`Faults of ${name}`} className="menu-list fault-menu" style={{ left: open.x, top: open.y }}>
        <li role="none">
          <button type="button" role="menuitem" onClick={choose}>{failed ? `Recover ${name} now` : `Fail ${name} now`}</button>
        </li>
      </ul>
    );
  }
  return { onNodeContextMenu, onEdgeContextMenu, menu: element };
}
