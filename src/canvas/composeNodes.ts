import type { Dimensions, XYPosition } from '@xyflow/react';
import type { FlowNode } from './flowTypes.ts';

/** What the view lays over the nodes derived from the document; none of it is in the document. */
export type NodeOverlay = {
  selected: ReadonlySet<string>;
  /** Where nodes being dragged are now. */
  dragged: ReadonlyMap<string, XYPosition>;
  /** Sizes React Flow measured; given back so it does not measure again (and hide) a node. */
  sizes: ReadonlyMap<string, Dimensions>;
  /** Extra classes: a drop or cable target during a drag, `valid-target` or `invalid-target`. */
  marks: ReadonlyMap<string, string>;
};

type Entry = { base: FlowNode; selected: boolean; position: XYPosition | undefined; size: Dimensions | undefined; mark: string | undefined; node: FlowNode };

/**
 * Lays the overlay over the derived nodes, giving back the very same object for a node whose
 * inputs did not change: React Flow then keeps that node as it is and re-renders only the others.
 * During a drag only the dragged node changes, frame after frame.
 */
export function createNodeComposer() {
  let cache = new Map<string, Entry>();
  return function compose(nodes: readonly FlowNode[], overlay: NodeOverlay): FlowNode[] {
    const next = new Map<string, Entry>();
    const out = nodes.map((base) => {
      const selected = overlay.selected.has(base.id);
      const position = overlay.dragged.get(base.id);
      const size = overlay.sizes.get(base.id);
      const mark = overlay.marks.get(base.id);
      const old = cache.get(base.id);
      const entry = old && old.base === base && old.selected === selected && old.position === position && old.size === size && old.mark === mark
        ? old
        : { base, selected, position, size, mark, node: composeOne(base, selected, position, size, mark) };
      next.set(base.id, entry);
      return entry.node;
    });
    cache = next;
    return out;
  };
}

function composeOne(base: FlowNode, selected: boolean, position: XYPosition | undefined, size: Dimensions | undefined, mark: string | undefined): FlowNode {
  return {
    ...base,
    selected,
    ...(position ? { position } : {}),
    ...(size ? { measured: size } : {}),
    ...(mark ? { className: base.className ? `${base.className} ${mark}` : mark } : {}),
  } as FlowNode;
}
