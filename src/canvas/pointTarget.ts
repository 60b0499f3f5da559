/** What lies under a point of the screen, for a drop: a node of the canvas, its empty pane, or neither. */
export type PointTarget = { type: 'node'; id: string } | { type: 'pane' } | { type: 'outside' };
export type ScreenPoint = { x: number; y: number };

/**
 * The topmost canvas node under the point, skipping `excludeId` (the node being dragged, which
 * follows the pointer and so is always under it). Reads the DOM: React Flow's nodes carry data-id.
 */
export function targetAt(point: ScreenPoint, excludeId?: string): PointTarget {
  const stack = document.elementsFromPoint(point.x, point.y);
  for (const element of stack) {
    const node = element.closest<HTMLElement>('.react-flow__node');
    if (node?.dataset.id && node.dataset.id !== excludeId) return { type: 'node', id: node.dataset.id };
  }
  return stack.some((element) => element.classList.contains('react-flow__pane')) ? { type: 'pane' } : { type: 'outside' };
}

/** The client coordinates of a mouse, touch or pointer event. */
export function pointOf(event: MouseEvent | TouchEvent | PointerEvent): ScreenPoint {
  if ('changedTouches' in event) {
    const touch = event.changedTouches[0] ?? event.touches[0];
    return touch ? { x: touch.clientX, y: touch.clientY } : { x: 0, y: 0 };
  }
  return { x: event.clientX, y: event.clientY };
}
