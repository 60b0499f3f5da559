import { startTransition, useEffect, useMemo, useState } from 'react';
import type { FlowEdge, FlowNode } from './flowTypes.ts';

/**
 * Parts given to React Flow in the first task that draws any when a canvas is first drawn; each
 * later task draws as many again as are drawn (8, 16, 32…). React Flow mounts, measures and
 * re-renders every node it is given in one task (its store's updates render synchronously): a
 * rack of ~30 parts held the main thread 100–200 ms at the start, four times that on a phone. In
 * batches the browser gets its turn in between; doubling keeps a large design to a few batches
 * (each re-renders the nodes already drawn: 1,300 nodes in 9, not 163). The design stays hidden
 * until it is whole and fitted (Canvas.tsx's first fit waits for `whole`): never seen half drawn.
 */
const FIRST_BATCH = 8;
/**
 * Larger designs are drawn at once, as before: their batches would each be long tasks anyway,
 * and each re-renders what is drawn (opening scale-200 from a link would only take longer).
 */
const MOST_BATCHED = 64;

/**
 * The nodes and edges to draw now (and whether the first drawing was in batches): while the canvas's first drawing is under way, the first
 * nodes (the document's order: a group before what it holds) and the edges between them; then,
 * and for good, all of them (a later change, a new design, is drawn at once as before).
 */
export function useFirstDrawInBatches(nodes: FlowNode[], edges: FlowEdge[]): { nodes: FlowNode[]; edges: FlowEdge[]; whole: boolean; batched: boolean } {
  // None at first: React Flow's own mount (its pane, zoom and stores) is a task of its own. Once
  // whole, Infinity: never batched again (a later design is drawn at once).
  const [batched] = useState(() => nodes.length <= MOST_BATCHED);
  const [count, setCount] = useState(() => (batched ? 0 : Number.POSITIVE_INFINITY));
  const whole = count >= nodes.length && count > 0;
  useEffect(() => {
    if (count === Number.POSITIVE_INFINITY) return;
    const timer = setTimeout(() => startTransition(() => setCount(whole ? Number.POSITIVE_INFINITY : Math.max(FIRST_BATCH, 2 * count))));
    return () => clearTimeout(timer);
  }, [whole, count]);
  return useMemo(() => {
    if (whole) return { nodes, edges, whole, batched };
    const shown = nodes.slice(0, count);
    const ids = new Set(shown.map((n) => n.id));
    return { nodes: shown, edges: edges.filter((e) => ids.has(e.source) && ids.has(e.target)), whole, batched };
  }, [nodes, edges, count, whole, batched]);
}
