import { useStore, useStoreApi } from '@xyflow/react';
import { useLayoutEffect } from 'react';

/** Flow units the backdrop's edges are rounded out to, so that a drag rarely moves them (a move restyles the diagram). */
const STEP = 256;

type Measured = { type?: string | undefined; internals: { positionAbsolute: { x: number; y: number } }; measured: { width?: number; height?: number }; hidden?: boolean };

/**
 * The nodes' box rounded out to STEP, as `x y width height`; '' without a group of servers shown.
 * Only under a grouped design (semantic zoom), where the gain is clear: its layers were one per
 * row of groups (scale-200 41, scale-1000 83). The 64-server rack had 19, and its traces with the
 * backdrop were mixed (two of three runs with far fewer main frames, as one run without it).
 */
export function backdropBox(nodes: Iterable<Measured>): string {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  let grouped = false;
  for (const node of nodes) {
    if (node.hidden) continue;
    grouped ||= node.type === 'server-group';
    const { x, y } = node.internals.positionAbsolute;
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x + (node.measured.width ?? 0));
    maxY = Math.max(maxY, y + (node.measured.height ?? 0));
  }
  if (!grouped || minX === Infinity) return '';
  const [left, top] = [Math.floor(minX / STEP) * STEP - STEP, Math.floor(minY / STEP) * STEP - STEP];
  return `${left} ${top} ${Math.ceil(maxX / STEP) * STEP + STEP - left} ${Math.ceil(maxY / STEP) * STEP + STEP - top}`;
}

const selectBox = (s: { nodeLookup: Map<string, Measured> }) => backdropBox(s.nodeLookup.values());

/**
 * One composited layer for the nodes, one for the cables, instead of one per row of nodes. The
 * cables have a layer of their own (canvas.css, for drags), and every node drawn over it needs a
 * layer above it; Chromium merges two such layers only when the merged one would not be mostly
 * empty (its sparsity rule, in flow units: at a large design's fit, ~130 layers for scale-1000),
 * and without a GPU each layer costs layerization, commit and compositing at every frame. A
 * backdrop painted first under the nodes (and the cables), as large as the diagram, with one unit
 * of alpha (not visible), makes the merged layer dense: the nodes join it. Its box comes from here
 * as custom properties (levelOfDetail.css draws it).
 */
export function LayerBackdrop() {
  const box = useStore(selectBox);
  const flow = useStoreApi();
  useLayoutEffect(() => {
    const viewport = flow.getState().domNode?.querySelector<HTMLElement>('.react-flow__viewport');
    if (!viewport) return;
    const [x = '0', y = '0', width = '0', height = '0'] = box.split(' ');
    for (const container of viewport.querySelectorAll<HTMLElement>(':scope > .react-flow__nodes')) {
      container.style.setProperty('--backdrop-x', `${x}px`);
      container.style.setProperty('--backdrop-y', `${y}px`);
      container.style.setProperty('--backdrop-width', `${width}px`);
      container.style.setProperty('--backdrop-height', `${height}px`);
    }
  }, [box, flow]);
  return null;
}
