import { useCallback, useLayoutEffect, useRef, type PointerEvent as ReactPointerEvent } from 'react';
import type { ScreenPoint } from './pointTarget.ts';

/** How far the pointer must travel before a press becomes a drag (a shorter one is a click). */
const DRAG_THRESHOLD_PX = 6;

export type PointerDragHandlers = {
  onMove(point: ScreenPoint): void;
  onDrop(point: ScreenPoint): void;
  onCancel(): void;
};

/**
 * Drag by pointer (mouse, pen or touch alike) from an element outside React Flow's own drags:
 * a palette item, or an adapter's slot. A press that does not travel stays a click; a drag
 * swallows the click that follows it. Escape cancels.
 */
export function usePointerDrag(handlers: PointerDragHandlers) {
  // The handlers of the latest render, for a drag that started in an earlier one.
  const latest = useRef(handlers);
  useLayoutEffect(() => {
    latest.current = handlers;
  });
  const swallowClick = useRef(false);

  const onPointerDown = useCallback((event: ReactPointerEvent<HTMLElement>) => {
    if (event.button !== 0) return;
    const element = event.currentTarget;
    const start = { x: event.clientX, y: event.clientY };
    let dragging = false;
    element.setPointerCapture(event.pointerId);
    const point = (e: PointerEvent) => ({ x: e.clientX, y: e.clientY });
    const stop = () => {
      element.removeEventListener('pointermove', move);
      element.removeEventListener('pointerup', up);
      element.removeEventListener('pointercancel', cancel);
      window.removeEventListener('keydown', escape, true);
    };
    const move = (e: PointerEvent) => {
      if (!dragging && Math.hypot(e.clientX - start.x, e.clientY - start.y) < DRAG_THRESHOLD_PX) return;
      dragging = true;
      latest.current.onMove(point(e));
    };
    const up = (e: PointerEvent) => {
      stop();
      if (!dragging) return;
      swallowClick.current = true;
      latest.current.onDrop(point(e));
    };
    const cancel = () => {
      stop();
      if (dragging) latest.current.onCancel();
    };
    const escape = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || !dragging) return;
      e.stopPropagation();
      swallowClick.current = true;
      element.releasePointerCapture(event.pointerId);
      cancel();
    };
    element.addEventListener('pointermove', move);
    element.addEventListener('pointerup', up);
    element.addEventListener('pointercancel', cancel);
    window.addEventListener('keydown', escape, true);
  }, []);

  /** True once for the click that ends a drag, which must not count as a click. */
  const consumeDragClick = useCallback(() => {
    const swallowed = swallowClick.current;
    swallowClick.current = false;
    return swallowed;
  }, []);

  return { onPointerDown, consumeDragClick };
}
