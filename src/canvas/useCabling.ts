import { type Connection, type Edge, type FinalConnectionState, type OnConnectStartParams } from '@xyflow/react';
import { useCallback, useEffect } from 'react';
import { useStore } from 'zustand';
import { useAppStoreApi } from '../store/hooks.ts';
import { dragFeedback, endDragFeedback, markTargets, showHint } from './dragFeedback.ts';
import { endpointOf } from './handles.ts';
import { pointOf, targetAt, type ScreenPoint } from './pointTarget.ts';
import { cableTargets, cableVerdict } from './verdicts.ts';

const selectCablingFrom = (s: { cablingFrom: string | null }) => s.cablingFrom;

/**
 * Drawing a cable from a handle: every node is marked as a valid or an invalid end at the start;
 * the hint beside the pointer names the cable or gives the model's reason; releasing on a valid
 * end cables it (the kind follows from the ends), on an invalid one says why not.
 */
export function useCabling(canvasNodeIds: () => string[]) {
  const store = useAppStoreApi();
  const cablingFrom = useStore(dragFeedback, selectCablingFrom);
  const onConnectStart = useCallback((_event: MouseEvent | TouchEvent, params: OnConnectStartParams) => {
    if (!params.nodeId) return;
    const from = endpointOf(params.nodeId, params.handleId);
    dragFeedback.setState({ cablingFrom: from });
    markTargets(cableTargets(store.getState().document, from, canvasNodeIds()));
  }, [store, canvasNodeIds]);

  const isValidConnection = useCallback((connection: Connection | Edge) => {
    const a = endpointOf(connection.source, connection.sourceHandle);
    const b = endpointOf(connection.target, connection.targetHandle);
    return cableVerdict(store.getState().document, a, b).ok;
  }, [store]);

  const onConnect = useCallback((connection: Connection) => {
    store.getState().connect(endpointOf(connection.source, connection.sourceHandle), endpointOf(connection.target, connection.targetHandle));
  }, [store]);

  const onConnectEnd = useCallback((event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
    const from = dragFeedback.getState().cablingFrom;
    endDragFeedback();
    if (state.isValid || !from) return;
    const target = state.toNode ? { type: 'node' as const, id: state.toNode.id } : targetAt(pointOf(event), undefined);
    if (target.type !== 'node' || target.id === from) return;
    const verdict = cableVerdict(store.getState().document, from, target.id);
    if (!verdict.ok) store.getState().notify('refusal', verdict.text);
  }, [store]);

  // While a cable is drawn, the hint follows the pointer with what releasing here would do.
  useEffect(() => {
    if (!cablingFrom) return;
    const follow = (event: PointerEvent) => {
      const point: ScreenPoint = pointOf(event);
      const target = targetAt(point, undefined);
      if (target.type !== 'node' || target.id === cablingFrom) return showHint(null);
      const verdict = cableVerdict(store.getState().document, cablingFrom, target.id);
      showHint({ ...point, text: verdict.text, tone: verdict.ok ? 'ok' : 'refuse' });
    };
    window.addEventListener('pointermove', follow);
    return () => window.removeEventListener('pointermove', follow);
  }, [cablingFrom, store]);

  return { cabling: cablingFrom !== null, onConnectStart, isValidConnection, onConnect, onConnectEnd };
}
