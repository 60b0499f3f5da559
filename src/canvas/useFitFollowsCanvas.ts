import { getNodesBounds, useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { NARROW_QUERY } from '../ui/narrowScreen.ts';
import { useCanvasView } from './useCanvasView.ts';

/** A change of the canvas's height smaller than this is a rounding, not a sheet or a notice. */
const SHEET_PX = 24;
/** How far (px) a node may stick out of the view for the design to still count as shown whole. */
const SLACK_PX = 4;

/**
 * On a phone the canvas gives its bottom to a sheet (the palette, the panels, a lesson) or to a
 * notice, and takes it back after. A design shown whole before is fitted again to the room left,
 * so it stays whole in sight above the sheet; a view zoomed into a part keeps its zoom and its
 * centre. On a wide screen nothing changes: a notice's row only hides the canvas's bottom edge for
 * a few seconds, and moving the design under the pointer would be worse.
 */
export function useFitFollowsCanvas() {
  const { getNodes, getViewport, setViewport } = useReactFlow();
  // The app's one fit (the fit-view button's), so whatever room it keeps for overlays is kept here too.
  const { fit } = useCanvasView();
  useEffect(() => {
    const canvas = document.querySelector<HTMLElement>('.editor-canvas .react-flow');
    if (!canvas || typeof ResizeObserver === 'undefined') return;
    let size = { width: canvas.clientWidth, height: canvas.clientHeight };
    const observer = new ResizeObserver(() => {
      const before = size;
      size = { width: canvas.clientWidth, height: canvas.clientHeight };
      const dy = size.height - before.height;
      if (!window.matchMedia(NARROW_QUERY).matches || Math.abs(dy) < SHEET_PX) return;
      const { x, y, zoom } = getViewport();
      const nodes = getNodes();
      if (nodes.length === 0) return;
      const bounds = getNodesBounds(nodes);
      const shownWhole = bounds.x * zoom + x >= -SLACK_PX && bounds.y * zoom + y >= -SLACK_PX
        && (bounds.x + bounds.width) * zoom + x <= before.width + SLACK_PX
        && (bounds.y + bounds.height) * zoom + y <= before.height + SLACK_PX;
      if (shownWhole) fit();
      else void setViewport({ x: x + (size.width - before.width) / 2, y: y + dy / 2, zoom });
    });
    observer.observe(canvas);
    return () => observer.disconnect();
  }, [fit, getNodes, getViewport, setViewport]);
}
