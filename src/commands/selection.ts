import type { Command, CommandContext } from './command.ts';
import { nextStop } from './cableNavigation.ts';
import { firstNode, nearestTo, type Direction } from './navigation.ts';
import type { Topology } from '../model/index.ts';
import type { NodeRect } from './canvasView.ts';

const hasSelection = ({ store }: CommandContext) => store.getState().selected.length > 0;

export const deleteSelection: Command = {
  id: 'delete',
  label: 'Delete',
  group: 'Edit',
  shortcuts: [{ key: 'Delete' }, { key: 'Backspace' }],
  isEnabled: hasSelection,
  run(context) {
    const { store, view } = context;
    const { selected, document } = store.getState();
    const neighbour = neighbourAfterDelete(document, selected, view.nodeRects());
    if (!store.getState().remove(selected).ok) return;
    // The focus was on what is gone (or on the Delete button, now disabled): it goes to the part
    // nearest to it, not selected (a second Delete removes nothing by surprise), or to the canvas.
    if (neighbour) view.focus(neighbour);
    else view.focusCanvas?.();
  },
};

export const selectAll: Command = {
  id: 'select-all',
  label: 'Select all',
  group: 'Selection',
  shortcuts: [{ key: 'a', mod: true }],
  isEnabled: ({ store }) => store.getState().document.nodes.length > 0,
  run({ store }) {
    const { document, select } = store.getState();
    select([...document.nodes.map((n) => n.id), ...document.links.map((l) => l.id)]);
  },
};

export const clearSelection: Command = {
  id: 'clear-selection',
  label: 'Clear the selection',
  group: 'Selection',
  shortcuts: [{ key: 'Escape' }],
  isEnabled: hasSelection,
  run: ({ store }) => store.getState().clearSelection(),
};

/**
 * The part the focus goes to after `ids` are deleted: the parent of a deleted adapter, the part (or
 * adapter) a deleted cable started from, else the part drawn nearest to the last one deleted; none
 * when nothing is left.
 */
export function neighbourAfterDelete(document: Topology, ids: readonly string[], rects: readonly NodeRect[]): string | undefined {
  const gone = new Set(ids);
  const nodes = new Map(document.nodes.map((n) => [n.id, n]));
  const parentOf = (id: string) => { const n = nodes.get(id); return n && 'parentId' in n ? n.parentId : undefined; };
  // Adapters in a deleted parent go with it, and so do the cables of every deleted part.
  const removed = (id: string | undefined): boolean => id !== undefined && (gone.has(id) || removed(parentOf(id)));
  const last = ids.at(-1);
  const link = document.links.find((l) => l.id === last);
  const candidates = [parentOf(last ?? ''), link?.source, link?.target];
  const near = candidates.find((id) => id !== undefined && nodes.has(id) && !removed(id));
  if (near) return near;
  const left = rects.filter((r) => !removed(r.id));
  const from = rects.find((r) => r.id === last) ?? rects.find((r) => r.id === parentOf(last ?? ''));
  return from ? nearestTo(left, from) : left[0]?.id;
}

/**
 * Where the arrows start: the last selected node or cable, or the parent of a selected adapter;
 * with nothing selected, what has the focus (the neighbour focused after a delete).
 */
function anchorOf({ store, view }: CommandContext): string | undefined {
  const { selected, document } = store.getState();
  const id = selected.at(-1) ?? view.focusedId?.();
  const node = document.nodes.find((n) => n.id === id);
  if (node && 'parentId' in node && node.parentId) return node.parentId;
  if (node) return node.id;
  return document.links.some((l) => l.id === id) ? id : undefined;
}

function moveSelection(direction: Direction, key: string): Command {
  return {
    id: `select-${direction}`,
    label: `Select the next part or cable ${direction === 'up' ? 'above' : direction === 'down' ? 'below' : `to the ${direction}`}`,
    group: 'Selection',
    shortcuts: [{ key }],
    isEnabled: ({ store }) => store.getState().document.nodes.length > 0,
    run(context) {
      // Cables are stops between the parts they join: ↓ from a server reaches its cable, then the switch.
      const nodes = context.view.nodeRects();
      const anchor = anchorOf(context);
      const next = anchor ? nextStop(nodes, context.view.cables?.() ?? [], anchor, direction) : firstNode(nodes);
      if (!next) return;
      context.store.getState().select([next]);
      context.view.focus(next);
    },
  };
}

export const selectUp = moveSelection('up', 'ArrowUp');
export const selectDown = moveSelection('down', 'ArrowDown');
export const selectLeft = moveSelection('left', 'ArrowLeft');
export const selectRight = moveSelection('right', 'ArrowRight');

/** How far Shift and an arrow moves the selection, in canvas pixels. */
export const NUDGE_PX = 10;

function nudge(direction: Direction, key: string, dx: number, dy: number): Command {
  return {
    id: `nudge-${direction}`,
    label: `Nudge ${direction}`,
    group: 'Edit',
    shortcuts: [{ key, shift: true }],
    isEnabled: hasSelection,
    run: ({ store }) => void store.getState().moveBy(store.getState().selected, { x: dx, y: dy }),
  };
}

export const nudgeUp = nudge('up', 'ArrowUp', 0, -NUDGE_PX);
export const nudgeDown = nudge('down', 'ArrowDown', 0, NUDGE_PX);
export const nudgeLeft = nudge('left', 'ArrowLeft', -NUDGE_PX, 0);
export const nudgeRight = nudge('right', 'ArrowRight', NUDGE_PX, 0);
