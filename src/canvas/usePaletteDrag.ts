import type { NodeKind } from '../model/index.ts';
import { useCommandContext } from '../commands/useCommands.ts';
import { useAppStoreApi } from '../store/hooks.ts';
import { endDragFeedback, markDropTarget, showHint } from './dragFeedback.ts';
import { targetAt, type ScreenPoint } from './pointTarget.ts';
import { DROP_GRAB } from './layout.ts';
import { usePointerDrag } from './usePointerDrag.ts';
import { paletteVerdict } from './verdicts.ts';

const isAdapter = (kind: NodeKind) => kind === 'fc-hba' || kind === 'eth-nic';

/**
 * Dragging a kind from the palette onto the canvas: set down where it is released, or, for an
 * adapter released over a node, put straight into it (one undo step), or refused with the reason.
 */
export function usePaletteDrag(kind: NodeKind) {
  const store = useAppStoreApi();
  // Through the commands' view, not React Flow's: the palette is drawn before the canvas's code arrives.
  const { view } = useCommandContext();
  return usePointerDrag({
    onMove(point: ScreenPoint) {
      const target = targetAt(point);
      if (target.type === 'outside') {
        markDropTarget(undefined, false);
        return showHint({ ...point, text: 'Release on the canvas to add', tone: 'neutral' });
      }
      const over = target.type === 'node' && isAdapter(kind) ? target.id : undefined;
      const verdict = paletteVerdict(store.getState().document, kind, over);
      markDropTarget(over, verdict.ok);
      showHint({ ...point, text: verdict.text, tone: verdict.ok ? 'ok' : 'refuse' });
    },
    onDrop(point: ScreenPoint) {
      endDragFeedback();
      const target = targetAt(point);
      if (target.type === 'outside') return;
      const at = view.toDesign?.(point) ?? point;
      const position = { x: at.x - DROP_GRAB.x, y: at.y - DROP_GRAB.y };
      const state = store.getState();
      if (target.type === 'node' && isAdapter(kind)) state.addAdapterInto(kind, target.id, position);
      else state.addNode(kind, position);
    },
    onCancel: endDragFeedback,
  });
}
