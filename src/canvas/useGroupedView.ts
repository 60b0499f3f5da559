import { useStoreApi } from '@xyflow/react';
import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { COMPACT_TILE_PX } from '../diagram/serverGroups.ts';
import { useAppStoreApi } from '../store/hooks.ts';
import { collapseGroups, groupExpansion } from './groupExpansion.ts';
import { NODE_WIDTH } from './layout.ts';

const selectExpanded = (s: { expanded: ReadonlySet<string> }) => s.expanded;
const showsWholeTiles = (zoom: number) => zoom * NODE_WIDTH.server >= COMPACT_TILE_PX;

/**
 * Which groups of alike servers are open: those clicked, or all of them once the reader zooms in
 * until a server's tile is COMPACT_TILE_PX wide on screen. Only a zoom in after the view was
 * further out counts: the canvas starts at zoom 1 before its first fit, and a design must not be
 * drawn whole (1,000 servers) for that instant. A newly loaded design starts with all closed.
 */
export function useGroupExpansion(): ReadonlySet<string> | 'all' {
  const expanded = useStore(groupExpansion, selectExpanded);
  const flow = useStoreApi();
  const store = useAppStoreApi();
  const [zoomedIn, setZoomedIn] = useState(false);
  useEffect(() => {
    let seenOut = false;
    const check = (zoom: number) => {
      if (!showsWholeTiles(zoom)) seenOut = true;
      setZoomedIn(seenOut && showsWholeTiles(zoom));
    };
    check(flow.getState().transform[2]);
    const unsubscribeFlow = flow.subscribe((state, previous) => {
      if (state.transform[2] !== previous.transform[2]) check(state.transform[2]);
    });
    const unsubscribeLoads = store.subscribe((state, previous) => {
      if (state.loads === previous.loads) return;
      seenOut = false;
      setZoomedIn(false);
      collapseGroups();
    });
    return () => {
      unsubscribeFlow();
      unsubscribeLoads();
    };
  }, [flow, store]);
  return zoomedIn ? 'all' : expanded;
}
