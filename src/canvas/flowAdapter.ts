import type { Dimensions, EdgeChange, NodeChange, XYPosition } from '@xyflow/react';

/**
 * Where each kind of React Flow change goes: the one place that turns them into intentions.
 * - `select` is view state: the UI slice's selection.
 * - `position` while `dragging` is view state too (the node follows the pointer); only the
 *   positions at the end of the drag reach the document, as one edit and so one undo step.
 * - `dimensions` are what React Flow measured: view state, never the document.
 * - `remove` becomes the document's remove (React Flow's delete key is off: the Delete command
 *   does it, but a change that arrives is still honoured in one place).
 * - `add` and `replace` never come from the document's point of view: the document is the
 *   source of nodes and edges, so they are ignored.
 */
export type FlowSink = {
  select(changes: readonly { id: string; selected: boolean }[]): void;
  drag(positions: Readonly<Record<string, XYPosition>>): void;
  dragEnd(positions: Readonly<Record<string, XYPosition>>): void;
  measure(sizes: Readonly<Record<string, Dimensions>>): void;
  remove(ids: readonly string[]): void;
};

type Batches = {
  select: { id: string; selected: boolean }[];
  drag: Record<string, XYPosition>;
  dragEnd: Record<string, XYPosition>;
  measure: Record<string, Dimensions>;
  remove: string[];
};

const isEmpty = (record: object) => Object.keys(record).length === 0;

/** Route one batch of node changes: each sink method is called at most once per batch. */
export function routeNodeChanges(changes: readonly NodeChange[], sink: FlowSink): void {
  const batches: Batches = { select: [], drag: {}, dragEnd: {}, measure: {}, remove: [] };
  for (const change of changes) {
    switch (change.type) {
      case 'select':
        batches.select.push({ id: change.id, selected: change.selected });
        break;
      case 'position':
        if (!change.position) break;
        if (change.dragging) batches.drag[change.id] = change.position;
        else batches.dragEnd[change.id] = change.position;
        break;
      case 'dimensions':
        if (change.dimensions) batches.measure[change.id] = change.dimensions;
        break;
      case 'remove':
        batches.remove.push(change.id);
        break;
      case 'add':
      case 'replace':
        break;
    }
  }
  flush(batches, sink);
}

/** Edges can only be selected or removed; their ends and kind come from the document. */
export function routeEdgeChanges(changes: readonly EdgeChange[], sink: FlowSink): void {
  const batches: Batches = { select: [], drag: {}, dragEnd: {}, measure: {}, remove: [] };
  for (const change of changes) {
    if (change.type === 'select') batches.select.push({ id: change.id, selected: change.selected });
    else if (change.type === 'remove') batches.remove.push(change.id);
  }
  flush(batches, sink);
}

function flush(batches: Batches, sink: FlowSink) {
  if (!isEmpty(batches.measure)) sink.measure(batches.measure);
  if (batches.select.length > 0) sink.select(batches.select);
  if (!isEmpty(batches.drag)) sink.drag(batches.drag);
  if (!isEmpty(batches.dragEnd)) sink.dragEnd(batches.dragEnd);
  if (batches.remove.length > 0) sink.remove(batches.remove);
}
