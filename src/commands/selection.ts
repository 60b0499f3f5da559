import type { Command, CommandContext } from './command.ts';
import { firstNode, nearestInDirection, type Direction } from './navigation.ts';

const hasSelection = ({ store }: CommandContext) => store.getState().selected.length > 0;

export const deleteSelection: Command = {
  id: 'delete',
  label: 'Delete',
  group: 'Edit',
  shortcuts: [{ key: 'Delete' }, { key: 'Backspace' }],
  isEnabled: hasSelection,
  run: ({ store }) => void store.getState().remove(store.getState().selected),
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

/** The node the arrows start from: the last selected one, or the parent of a selected adapter. */
function anchorOf({ store }: CommandContext): string | undefined {
  const { selected, document } = store.getState();
  const id = selected.at(-1);
  const node = document.nodes.find((n) => n.id === id);
  if (node && 'parentId' in node && node.parentId) return node.parentId;
  if (node) return node.id;
  const link = document.links.find((l) => l.id === id);
  return link?.source;
}

function moveSelection(direction: Direction, key: string): Command {
  return {
    id: `select-${direction}`,
    label: `Select the next node ${direction === 'up' ? 'above' : direction === 'down' ? 'below' : `to the ${direction}`}`,
    group: 'Selection',
    shortcuts: [{ key }],
    isEnabled: ({ store }) => store.getState().document.nodes.length > 0,
    run(context) {
      const rects = context.view.nodeRects();
      const anchor = anchorOf(context);
      const next = anchor ? nearestInDirection(rects, anchor, direction) : firstNode(rects);
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
