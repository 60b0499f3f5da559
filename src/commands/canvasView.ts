import type { Position } from '../model/index.ts';

/** A node as drawn: where it is and how big, in canvas coordinates. */
export type NodeRect = { id: string; x: number; y: number; width: number; height: number };

/** A side of a part, where a cable leaves it. */
export type Side = 'up' | 'down' | 'left' | 'right';

/**
 * A cable as a stop of the arrow keys: a small box at the middle of its drawing, and, at each end,
 * the part that draws it (a slot's parent) and the side the cable leaves that part from.
 */
export type CableStop = NodeRect & { ends: readonly { id: string; side: Side }[] };

/**
 * What commands need of the canvas, without knowing React Flow: the canvas implements it
 * (canvas/useCanvasView.ts) and tests give a stand-in.
 */
export interface CanvasView {
  /** The point of the design at the middle of the view. */
  centre(): Position;
  /** The point of the design under a point of the screen (client coordinates). */
  toDesign?(screen: Position): Position;
  /** Show the whole design. */
  fit(): void;
  /** Show the whole design clear of a card over the canvas's bottom `bottom` px (a lesson, a challenge). */
  fitAbove?(bottom: number): void;
  /** Show these elements (nodes, adapters in slots, cables) as large as fits. */
  frame(ids: readonly string[]): void;
  /**
   * Move the keyboard focus to an element drawn on the canvas (a node, an adapter in its slot, a
   * cable), as soon as it is drawn and no dialog is open.
   */
  focus(id: string): void;
  /** Move the keyboard focus to the canvas itself (nothing left on it to focus). */
  focusCanvas?(): void;
  /** The element of the design that has the keyboard focus, if any. */
  focusedId?(): string | undefined;
  /** The cables drawn on the canvas, as stops of the arrow keys. */
  cables?(): CableStop[];
  /** The nodes drawn on the canvas (not adapters in slots), with their measured sizes. */
  nodeRects(): NodeRect[];
}
