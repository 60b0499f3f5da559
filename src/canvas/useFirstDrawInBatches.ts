import { startTransition, useEffect, useMemo, useState } from 'react';
import type { FlowEdge, FlowNode } from './flowTypes.ts';

/**
 * Parts given to React Flow per task when a canvas is first drawn. React Flow mounts, measures
 * and re-renders every node it is given in one task (its store's updates render synchronously):
 * a rack of ~30 parts held the main thread 100–200 ms at the start, four times that on a phone.
 * In batches the browser gets its turn in between; the design stays hidden until it is whole and
 * fitted (Canvas.tsx's first fit waits for `whole`), so the reader never sees it half drawn.
 */
const BATCH = 8;

/**
 * The nodes and edges to draw now: while the canvas's first drawing is under way, the first
 * nodes (the document's order: a group before what it holds) and the edges between them; then,
 * and for good, all of them (a later change, a new design, is drawn at once as before).
 */
export function useFirstDrawInBatches(nodes: FlowNode[], edges: FlowEdge[]): { nodes: FlowNode[]; edges: FlowEdge[]; whole: boolean } {
  // None at first: React Flow's own mount (its pane, zoom and stores) is a task of its own. Once
  // whole, Infinity: never batched again (a later, larger design is drawn at once).
  const [count, setCount] = useState(0);
  const whole = count >= nodes.length && count > 0;
  useEffect(() => {
    if (count === Number.POSITIVE_INFINITY) return;
    const timer = setTimeout(() => startTransition(() => setCount(whole ? Number.POSITIVE_INFINITY : count + BATCH)));
    return () => clearTimeout(timer);
  }, [whole, count]);
  return useMemo(() => {
    if (whole) return { nodes, edges, whole };
    const shown = nodes.slice(0, count);
    const ids = new Set(shown.map((n) => n.id));
    return { nodes: shown, edges: edges.filter((e) => ids.has(e.source) && ids.has(e.target)), whole };
  }, [nodes, edges, count, whole]);
}
