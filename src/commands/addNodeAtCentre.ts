import { catalog, type NodeKind, type Position } from '../model/index.ts';
import type { CommandContext } from './command.ts';
import type { NodeRect } from './canvasView.ts';

/** A new node's size before it is measured, enough to keep it off its neighbours. */
const NEW_NODE = { width: 220, height: 140 };
const STEP = 40;

/**
 * The free spot nearest `wanted` (scanning right, then down a row), so a node added by keyboard
 * lands in view without covering another.
 */
export function freeSpot(rects: readonly NodeRect[], wanted: Position): Position {
  const overlaps = (p: Position) => rects.some((r) => p.x < r.x + r.width && p.x + NEW_NODE.width > r.x && p.y < r.y + r.height && p.y + NEW_NODE.height > r.y);
  for (let ring = 0; ring < 12; ring++) {
    for (let i = -ring; i <= ring; i++) {
      for (const spot of [{ x: wanted.x + i * STEP * 3, y: wanted.y + ring * STEP }, { x: wanted.x + ring * STEP * 3, y: wanted.y + i * STEP }, { x: wanted.x + i * STEP * 3, y: wanted.y - ring * STEP }]) {
        if (!overlaps(spot)) return spot;
      }
    }
  }
  return wanted;
}

/**
 * Add a node of `kind` in the middle of the view (the palette's Enter, or a tap), selected. The
 * focus stays on the palette, to add the next part; the notice says what came and what the keys do
 * with it, or, on a touch screen (`touch`), what a finger does.
 */
export function addNodeAtCentre({ store, view }: CommandContext, kind: NodeKind, touch = false) {
  const centre = view.centre();
  const wanted = { x: centre.x - NEW_NODE.width / 2, y: centre.y - NEW_NODE.height / 2 };
  const state = store.getState();
  const result = state.addNode(kind, freeSpot(view.nodeRects(), wanted));
  if (!result.ok || !result.id) return result;
  const adapter = kind === 'fc-hba' || kind === 'eth-nic';
  const next = touch
    ? (adapter ? 'drag it onto a server or an IOV switch to place it' : 'drag from its port to cable it')
    : `press ${kind === 'san' || kind === 'lan' ? 'C to cable it' : adapter ? 'P to place it, C to cable it' : 'C to cable it, P to place an adapter in it'}`;
  state.notify('info', `Added ${catalog[kind].name} ${result.id.replace(/^\D+/, '')} (${result.id}), selected: ${next}.`);
  return result;
}
