import { useReactFlow } from '@xyflow/react';
import { useAppStoreApi } from '../store/hooks.ts';
import { endDragFeedback, markDropTarget, showHint } from './dragFeedback.ts';
import { DROP_GRAB } from './layout.ts';
import { targetAt, type ScreenPoint } from './pointTarget.ts';
import { usePointerDrag } from './usePointerDrag.ts';
import { placementVerdict } from './verdicts.ts';

/**
 * Dragging an adapter out of its server or switch: over another node it would go in there (or
 * the model says why not); over the empty canvas it is taken out; back over its own parent, or
 * outside the canvas, nothing happens.
 */
export function useSlotDrag(adapterId: string, parentId: string, label: string) {
  const store = useAppStoreApi();
  const { screenToFlowPosition } = useReactFlow();
  return usePointerDrag({
    onMove(point: ScreenPoint) {
      const target = targetAt(point);
      if (target.type === 'node' && target.id !== parentId) {
        const verdict = placementVerdict(store.getState().document, adapterId, target.id);
        markDropTarget(target.id, verdict.ok);
        showHint({ ...point, text: verdict.text, tone: verdict.ok ? 'ok' : 'refuse' });
        return;
      }
      markDropTarget(undefined, false);
      if (target.type === 'pane') showHint({ ...point, text: `Take ${label} out onto the canvas`, tone: 'ok' });
      else showHint({ ...point, text: `${label} stays where it is`, tone: 'neutral' });
    },
    onDrop(point: ScreenPoint) {
      endDragFeedback();
      const target = targetAt(point);
      const state = store.getState();
      if (target.type === 'node' && target.id !== parentId) state.placeAdapter(adapterId, target.id);
      else if (target.type === 'pane') {
        const at = screenToFlowPosition(point);
        state.unplaceAdapter(adapterId, { x: at.x - DROP_GRAB.x, y: at.y - DROP_GRAB.y });
      }
      if (target.type === 'node' || target.type === 'pane') state.select([adapterId]);
    },
    onCancel: endDragFeedback,
  });
}
