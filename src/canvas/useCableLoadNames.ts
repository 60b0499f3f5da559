import { useStoreApi } from '@xyflow/react';
import { useMemo, useRef, useState } from 'react';
import { hasFrame, isLinkDownNow, linkUtilization } from '../store/simulationSelectors.ts';
import { useAppStore, useAppStoreApi, useLiveWrite } from '../store/hooks.ts';
import type { AppState } from '../store/index.ts';
import { loadPhrase, withCableLoads, withLoad, type NamedCable } from './cableLoadNames.ts';
import type { FlowEdge } from './flowTypes.ts';

const phraseOf = (s: AppState, id: string) => loadPhrase(isLinkDownNow(s, id) ? 'down' : linkUtilization(s, id));

function phrasesNow(s: AppState, edges: readonly FlowEdge[]): Map<string, string> {
  return hasFrame(s) ? new Map(edges.map((e) => [e.id, phraseOf(s, e.id)])) : new Map();
}

/**
 * The cables React Flow draws, named with their rate and their load now (see withCableLoads).
 * React names them when the design changes or a run starts or ends; in between, the live layer
 * (store/liveWrites.ts) writes the load into each cable's drawn name when a whole percent changes:
 * no render of the canvas for a figure a person hears.
 */
export function useCableLoadNames(edges: readonly FlowEdge[]): FlowEdge[] {
  const store = useAppStoreApi();
  const flow = useStoreApi();
  const live = useAppStore(hasFrame);
  // What was drawn last time, kept across renders so that an unchanged cable stays the same object.
  const [drawn] = useState(() => new Map<string, NamedCable>());
  const elements = useRef(new Map<string, Element>());
  // oxlint-disable-next-line react-hooks/exhaustive-deps -- `live` says when the loads are read again
  const named = useMemo(() => withCableLoads(edges, phrasesNow(store.getState(), edges), drawn), [edges, live, drawn, store]);
  // What this layer wrote into each cable's name since React last named them (React renders the
  // attribute too, so a cache of the generic live layer could outlive React's own writes).
  // oxlint-disable-next-line react-hooks/exhaustive-deps -- a new naming by React starts a new cache
  const written = useMemo(() => new WeakMap<Element, string>(), [named]);
  useLiveWrite((state) => {
    const pane = flow.getState().domNode;
    if (!pane || !hasFrame(state)) return;
    for (const edge of edges) {
      if (edge.data?.bundle) continue;
      let element = elements.current.get(edge.id);
      if (!element?.isConnected) {
        element = pane.querySelector(`.react-flow__edge[data-id="${CSS.escape(edge.id)}"]`) ?? undefined;
        if (!element) continue;
        elements.current.set(edge.id, element);
      }
      const name = withLoad(edge.ariaLabel ?? '', phraseOf(state, edge.id));
      if (written.get(element) === name) continue;
      written.set(element, name);
      element.setAttribute('aria-label', name);
    }
  }, [edges, live, flow, written]);
  return named;
}
