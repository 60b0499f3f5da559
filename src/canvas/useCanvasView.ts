import { useReactFlow } from '@xyflow/react';
import { useMemo } from 'react';
import type { CableStop, CanvasView, NodeRect, Side } from '../commands/canvasView.ts';
import { indexOf } from '../model/index.ts';
import { useAppStoreApi } from '../store/hooks.ts';
import { NODE_WIDTH } from './layout.ts';
import { markFitted, measuredFitPadding } from './overlayRoom.ts';

/** A lone node is shown at its size, not blown up to fill the screen. */
export const FIT_VIEW_OPTIONS = { padding: 0.08, duration: 200, maxZoom: 1 };
const FRAME_OPTIONS = { padding: 0.3, duration: 300, maxZoom: 1.25 };

function canvasElement(): HTMLElement | null {
  return document.querySelector<HTMLElement>('.editor-canvas .react-flow');
}

/** The canvas as commands see it, over React Flow's instance (inside its provider). */
export function useCanvasView(): CanvasView {
  const flow = useReactFlow();
  const store = useAppStoreApi();
  return useMemo<CanvasView>(() => ({
    centre() {
      const box = canvasElement()?.getBoundingClientRect();
      if (!box) return { x: 0, y: 0 };
      return flow.screenToFlowPosition({ x: box.left + box.width / 2, y: box.top + box.height / 2 });
    },
    toDesign: (screen) => flow.screenToFlowPosition(screen),
    // Clear of the legend, the controls and the minimap (overlayRoom.ts).
    fit() {
      const canvas = canvasElement();
      // A hidden canvas (printing) has no size to fit into: React Flow would make NaN of it.
      if (canvas && (canvas.clientWidth === 0 || canvas.clientHeight === 0)) return;
      const padding = measuredFitPadding(canvas);
      markFitted(true, padding);
      void flow.fitView({ ...FIT_VIEW_OPTIONS, padding: padding ?? FIT_VIEW_OPTIONS.padding });
    },
    // The lesson cards are overlays too (overlayRoom.ts): fitting clear of them fits above them.
    fitAbove() {
      this.fit();
    },
    frame(ids) {
      const index = indexOf(store.getState().document);
      const drawn = new Set<string>();
      for (const id of ids) {
        const node = index.node(id);
        const link = index.link(id);
        if (node && 'parentId' in node && node.parentId) drawn.add(node.parentId);
        else if (node) drawn.add(node.id);
        else if (link) [link.source, link.target].forEach((end) => drawn.add((index.node(end) as { parentId?: string } | undefined)?.parentId ?? end));
      }
      if (drawn.size > 0) markFitted(false);
      if (drawn.size > 0) void flow.fitView({ ...FRAME_OPTIONS, nodes: [...drawn].map((id) => ({ id })) });
    },
    focus(id) {
      focusWhenDrawn(id);
    },
    focusCanvas() {
      const canvas = canvasElement();
      if (!canvas) return;
      // The canvas itself takes the focus when nothing on it can (the last part deleted).
      if (!canvas.hasAttribute('tabindex')) canvas.tabIndex = -1;
      canvas.focus({ preventScroll: true });
    },
    focusedId() {
      const element = document.activeElement?.closest<HTMLElement>('[data-slot-id], .react-flow__node[data-id], .react-flow__edge[data-id]');
      return element?.dataset.slotId ?? element?.dataset.id;
    },
    cables(): CableStop[] {
      const rects = new Map(flow.getNodes().map((n) => [n.id, rectOf(n)]));
      return flow.getEdges().flatMap((edge) => {
        const drawn = pointsOfCable(edge.id);
        const source = rects.get(edge.source);
        const target = rects.get(edge.target);
        if (!drawn || !source || !target) return [];
        const { middle, start, end } = drawn;
        const ends = [{ id: edge.source, side: sideOf(source, start) }, { id: edge.target, side: sideOf(target, end) }];
        return [{ id: edge.id, x: middle.x - CABLE_BOX / 2, y: middle.y - CABLE_BOX / 2, width: CABLE_BOX, height: CABLE_BOX, ends }];
      });
    },
    nodeRects(): NodeRect[] {
      return flow.getNodes().map(rectOf);
    },
  }), [flow, store]);
}

/** How an element of the design is drawn: an adapter in a slot, a node, or a cable. */
function drawnElement(id: string): HTMLElement | null {
  const canvas = canvasElement();
  const key = CSS.escape(id);
  return canvas?.querySelector<HTMLElement>(`[data-slot-id="${key}"], .react-flow__node[data-id="${key}"], .react-flow__edge[data-id="${key}"]`) ?? null;
}

/** Frames to wait for an element to be drawn: a change reaches React Flow's DOM a frame or two later. */
const FOCUS_FRAMES = 10;

/**
 * Move the focus to an element of the design, waiting a few frames for it to be drawn: an adapter
 * just placed is a new slot in its new parent, and a dialog closing hands the focus back first.
 */
export function focusWhenDrawn(id: string, frames = FOCUS_FRAMES) {
  const element = drawnElement(id);
  if (element && !element.closest('[inert]') && !document.querySelector('dialog[open]')) {
    element.focus({ preventScroll: true });
    if (document.activeElement === element) return;
  }
  if (frames > 0) requestAnimationFrame(() => focusWhenDrawn(id, frames - 1));
}

/** The box a cable counts as for the arrow keys: a small square at the middle of its drawing. */
const CABLE_BOX = 24;

type Point = { x: number; y: number };

/** A cable's ends and middle as drawn, in canvas coordinates (the path's own, inside the viewport). */
function pointsOfCable(id: string): { start: Point; middle: Point; end: Point } | undefined {
  const path = canvasElement()?.querySelector<SVGPathElement>(`.react-flow__edge[data-id="${CSS.escape(id)}"] path.react-flow__edge-path`);
  if (!path) return undefined;
  const length = path.getTotalLength();
  const at = (l: number) => { const p = path.getPointAtLength(l); return { x: p.x, y: p.y }; };
  return { start: at(0), middle: at(length / 2), end: at(length) };
}

/** The side of a part's box a cable's end is nearest to: where the cable leaves it. */
function sideOf(rect: NodeRect, point: Point): Side {
  const distances: [Side, number][] = [
    ['up', Math.abs(point.y - rect.y)], ['down', Math.abs(point.y - (rect.y + rect.height))],
    ['left', Math.abs(point.x - rect.x)], ['right', Math.abs(point.x - (rect.x + rect.width))],
  ];
  return distances.reduce((best, next) => (next[1] < best[1] ? next : best))[0];
}

function rectOf(node: { id: string; position: Point; measured?: { width?: number; height?: number }; width?: number }): NodeRect {
  return {
    id: node.id,
    x: node.position.x,
    y: node.position.y,
    width: node.measured?.width ?? node.width ?? NODE_WIDTH.server,
    height: node.measured?.height ?? 80,
  };
}
