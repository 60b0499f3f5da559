import type { OnNodeDrag } from '@xyflow/react';
import { useCallback, useRef } from 'react';
import { useAppStoreApi } from '../store/hooks.ts';
import { endDragFeedback, markDropTarget, showHint } from './dragFeedback.ts';
import type { FlowNode } from './flowTypes.ts';
import { pointOf, targetAt } from './pointTarget.ts';
import { placementVerdict } from './verdicts.ts';

/**
 * Dragging a free adapter over a node: the node it would go into is marked, and a hint says what
 * releasing does or why it cannot. The target is kept in a ref that the end of the drag reads
 * (React Flow reports the final positions before onNodeDragStop).
 */
export function useNodeDrop() {
  const store = useAppStoreApi();
  const dropTargetRef = useRef<string | undefined>(undefined);
  const onNodeDrag: OnNodeDrag<FlowNode> = useCallback((event, node, nodes) => {
    const isLoneAdapter = nodes.length === 1 && (node.type === 'fc-hba' || node.type === 'eth-nic');
    if (!isLoneAdapter) return;
    const point = pointOf(event as unknown as MouseEvent);
    const target = targetAt(point, node.id);
    if (target.type !== 'node') {
      dropTargetRef.current = undefined;
      markDropTarget(undefined, false);
      showHint(null);
      return;
    }
    const verdict = placementVerdict(store.getState().document, node.id, target.id);
    dropTargetRef.current = target.id;
    markDropTarget(target.id, verdict.ok);
    showHint({ ...point, text: verdict.text, tone: verdict.ok ? 'ok' : 'refuse' });
  }, [store]);
  const onNodeDragStop = useCallback(() => endDragFeedback(), []);
  return { dropTargetRef, onNodeDrag, onNodeDragStop };
}
