import { useReactFlow } from '@xyflow/react';
import { useMemo } from 'react';
import type { CanvasView, NodeRect } from '../commands/canvasView.ts';
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
    // Clear of the legend, the controls and the minimap (overlayRoom.ts).
    fit() {
      const padding = measuredFitPadding(canvasElement());
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
      canvasElement()?.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`)?.focus({ preventScroll: true });
    },
    nodeRects(): NodeRect[] {
      return flow.getNodes().map((node) => ({
        id: node.id,
        x: node.position.x,
        y: node.position.y,
        width: node.measured?.width ?? node.width ?? NODE_WIDTH.server,
        height: node.measured?.height ?? 80,
      }));
    },
  }), [flow, store]);
}
