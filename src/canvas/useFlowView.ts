import type { Dimensions, EdgeChange, NodeChange, XYPosition } from '@xyflow/react';
import { useCallback, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { findingMarksOf, selectDocument, selectSelected, shownFinding } from '../store/index.ts';
import { useAppStore, useAppStoreApi } from '../store/hooks.ts';
import { createNodeComposer } from './composeNodes.ts';
import { dragFeedback } from './dragFeedback.ts';
import { outlineEdges, withFindingOutline } from './findingOutline.ts';
import { routeEdgeChanges, routeNodeChanges, type FlowSink } from './flowAdapter.ts';
import type { FlowEdge, FlowNode } from './flowTypes.ts';
import { createSharing } from './keepUnchanged.ts';
import { groupedFlow } from './groupedFlow.ts';
import { useGroupExpansion } from './useGroupedView.ts';
import { toFlow } from './toFlow.ts';

const sameSizes = (known: ReadonlyMap<string, Dimensions>, measured: Readonly<Record<string, Dimensions>>) =>
  Object.entries(measured).every(([id, size]) => known.get(id)?.width === size.width && known.get(id)?.height === size.height);

const selectTargets = (s: { targets: ReadonlyMap<string, string> }) => s.targets;

/**
 * The nodes and edges React Flow is given: derived from the document, with the view's overlay
 * (selection, a drag in progress, measured sizes, drop targets), and the change handlers that
 * route React Flow's changes through flowAdapter. `dropTargetRef` is read when a drag ends.
 */
export function useFlowView(dropTargetRef: { current: string | undefined }) {
  const store = useAppStoreApi();
  const document = useAppStore(selectDocument);
  const selected = useAppStore(selectSelected);
  const shown = useAppStore(shownFinding);
  const targets = useStore(dragFeedback, selectTargets);
  const [sizes, setSizes] = useState<ReadonlyMap<string, Dimensions>>(() => new Map());
  const [dragged, setDragged] = useState<ReadonlyMap<string, XYPosition>>(() => new Map());
  const [shareNodes] = useState(createSharing<FlowNode>);
  const [shareEdges] = useState(createSharing<FlowEdge>);
  const flow = useMemo(() => {
    const drawn = toFlow(document, findingMarksOf(document));
    return { nodes: shareNodes(drawn.nodes), edges: shareEdges(drawn.edges) };
  }, [document, shareNodes, shareEdges]);
  // Semantic zoom: alike servers of a large design as one group node, their cables as one bundle.
  const expansion = useGroupExpansion();
  const grouped = useMemo(() => groupedFlow(flow, document, expansion), [flow, document, expansion]);
  const selectedSet = useMemo(() => new Set(selected), [selected]);
  const [compose] = useState(createNodeComposer);
  const marks = useMemo(() => withFindingOutline(targets, shown), [targets, shown]);
  const nodes: FlowNode[] = useMemo(
    () => compose(grouped.nodes, { selected: selectedSet, dragged, sizes, marks }),
    [compose, grouped.nodes, selectedSet, dragged, sizes, marks],
  );
  const edges: FlowEdge[] = useMemo(
    () => outlineEdges(grouped.edges, shown).map((edge) => (selectedSet.has(edge.id) ? { ...edge, selected: true } : edge)),
    [grouped.edges, selectedSet, shown],
  );
  const sink = useMemo<FlowSink>(() => ({
    select: (changes) => store.getState().changeSelection(changes),
    drag: (positions) => setDragged((previous) => new Map([...previous, ...Object.entries(positions)])),
    dragEnd(positions) {
      store.getState().dropNodes(positions, dropTargetRef.current);
      dropTargetRef.current = undefined;
      setDragged(new Map());
    },
    // React Flow measures every node again at times (a resize of one); the same sizes keep the
    // same map, so the nodes, and their renders, stay the same.
    measure: (measured) => setSizes((previous) => (sameSizes(previous, measured) ? previous : new Map([...previous, ...Object.entries(measured)]))),
    remove: (ids) => store.getState().remove(ids),
  }), [store, dropTargetRef]);
  const onNodesChange = useCallback((changes: NodeChange<FlowNode>[]) => routeNodeChanges(changes, sink), [sink]);
  const onEdgesChange = useCallback((changes: EdgeChange<FlowEdge>[]) => routeEdgeChanges(changes, sink), [sink]);
  return { document, nodes, edges, onNodesChange, onEdgesChange };
}
