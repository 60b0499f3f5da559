import { Background, getViewportForBounds, MiniMap, ReactFlow, useNodesInitialized, useReactFlow, useStore, useStoreApi, type Node } from '@xyflow/react';
import { memo, useCallback, useEffect, useMemo, useRef, useState, type MouseEvent as ReactMouseEvent } from 'react';
import { useAppStore, useAppStoreApi } from '../store/hooks.ts';
import { edgeTypes } from './edgeTypes.ts';
import { Legend } from './Legend.tsx';
import { nodeTypes } from './nodeTypes.ts';
import { FIT_VIEW_OPTIONS } from './useCanvasView.ts';
import { useCabling } from './useCabling.ts';
import { useFlowView } from './useFlowView.ts';
import { useNodeDrop } from './useNodeDrop.ts';
import { ZoomControls } from './ZoomControls.tsx';
import { LayerBackdrop } from './LayerBackdrop.tsx';
import { FlowMarkerLayer } from './FlowMarkerLayer.tsx';
import { SimulationLegend } from './SimulationLegend.tsx';
import { NodeNamesBeside } from './NodeNamesBeside.tsx';
import { LevelOfDetail } from './LevelOfDetail.tsx';
import { LabelPlacement } from './LabelPlacement.tsx';
import { markFitted, measuredFitPadding, showsMinimap } from './overlayRoom.ts';
import { useKeepFitted } from './useKeepFitted.ts';
import { useFirstDrawInBatches } from './useFirstDrawInBatches.ts';
import './levelOfDetail.css';
import { useFaultMenu } from './useFaultMenu.tsx';
import { useCableLoadNames } from './useCableLoadNames.ts';
import { expandGroup } from './groupExpansion.ts';
import { GROUP_ABOVE_SERVERS } from '../diagram/serverGroups.ts';

/** The keyboard help React Flow gives every node, saying what works here. */
const ARIA_LABELS = {
  'node.a11yDescription.default':
    'Press Enter or Space to select. Arrow keys move to the nearest part or cable, Shift and an arrow nudges it. C cables it, P places an adapter, Delete removes it. Press ? for every shortcut.',
  'node.a11yDescription.keyboardDisabled': 'Press ? for the keyboard shortcuts.',
  'minimap.ariaLabel': 'Overview of the design',
};
/** No animation on the first fit: the design appears in place. */
const INITIAL_FIT = { padding: FIT_VIEW_OPTIONS.padding, maxZoom: FIT_VIEW_OPTIONS.maxZoom };
const minimapColour = (node: Node) => `var(--kind-${node.type === 'server-group' ? 'server' : node.type ?? 'server'})`;
const selectLoads = (s: { loads: number }) => s.loads;
/**
 * How far out the reader may zoom: a design of grouped servers (semantic zoom) may still be taller
 * than a screen at a tenth of its size (200 servers behind 13 switches), and its default fit must
 * show it whole, groups and all.
 */
const selectMinZoom = (s: { document: { nodes: readonly { kind: string }[] } }) =>
  (s.document.nodes.filter((n) => n.kind === 'server').length > GROUP_ABOVE_SERVERS ? 0.02 : 0.1);
const selectViewOnly = (s: { viewOnly: boolean }) => s.viewOnly;

/**
 * The design, drawn and edited. A view derived from the document: React Flow's changes go through
 * flowAdapter (in useFlowView), drops and cables through the store's actions.
 */
export function Canvas({ colorMode }: { colorMode: 'light' | 'dark' | 'system' }) {
  const { dropTargetRef, onNodeDrag, onNodeDragStop } = useNodeDrop();
  const view = useFlowView(dropTargetRef);
  const { onNodesChange, onEdgesChange } = view;
  const { nodes, edges: drawnEdges, whole, batched } = useFirstDrawInBatches(view.nodes, view.edges);
  const edges = useCableLoadNames(drawnEdges);
  const { getNodes } = useReactFlow();
  const nodeIds = useCallback(() => getNodes().map((n) => n.id), [getNodes]);
  const cabling = useCabling(nodeIds);
  const selection = useSlotAwareSelection();
  const viewOnly = useAppStore(selectViewOnly);
  const minZoom = useAppStore(selectMinZoom);
  const faults = useFaultMenu();
  const fitted = useFitOnLoad(whole, batched);
  useKeepFitted();
  return (
    <>
      <ReactFlow
        nodes={nodes} edges={edges} onNodesChange={onNodesChange} onEdgesChange={onEdgesChange}
        nodeTypes={nodeTypes} edgeTypes={edgeTypes} className={[cabling.cabling ? 'is-cabling' : '', fitted ? '' : 'is-fitting'].filter(Boolean).join(' ') || undefined}
        onNodeDrag={onNodeDrag} onNodeDragStop={onNodeDragStop}
        onNodeClick={selection.onElementClick} onEdgeClick={selection.onElementClick} onPaneClick={selection.onPaneClick}
        onNodeContextMenu={faults.onNodeContextMenu} onEdgeContextMenu={faults.onEdgeContextMenu}
        onConnectStart={cabling.onConnectStart} onConnect={cabling.onConnect} onConnectEnd={cabling.onConnectEnd}
        onClickConnectStart={cabling.onConnectStart} onClickConnectEnd={cabling.onConnectEnd}
        isValidConnection={cabling.isValidConnection}
        // A view-only design (a shared link for a class) cannot be dragged or cabled; the store refuses edits too.
        nodesDraggable={!viewOnly} nodesConnectable={!viewOnly}
        aria-label="Design canvas" ariaLabelConfig={ARIA_LABELS} colorMode={colorMode}
        minZoom={minZoom} maxZoom={2} onMoveStart={onMoveStart}
        // The Delete command removes (one undo step, with the selection's adapters); React Flow's own key is off.
        deleteKeyCode={null}
        // React Flow puts every edge before every node in the Tab order: 12 cables before the first
        // server. Tab goes through the parts; the arrow keys reach a cable between the two parts it
        // joins (each cable takes the focus, tabIndex -1, named with its rate and load).
        edgesFocusable={false}
      >
        <CanvasOverlays />
      </ReactFlow>
      {faults.menu}
    </>
  );
}

/**
 * What floats over the canvas. Memoized: the canvas renders at every frame of a drag, and these
 * need not.
 */
const CanvasOverlays = memo(function CanvasOverlays() {
  return (
    <>
      <Background gap={24} />
      <Legend />
      <ZoomControls fitViewOptions={FIT_VIEW_OPTIONS} />
      <RoomyMiniMap />
      <FlowMarkerLayer />
      <LayerBackdrop />
      <SimulationLegend />
      <LevelOfDetail />
      <LabelPlacement />
      <NodeNamesBeside />
    </>
  );
});

const selectRoomForMinimap = (s: { width: number; height: number }) => showsMinimap(s.width, s.height);

/** The overview, where the canvas has room for it beside the design (overlayRoom.ts). */
function RoomyMiniMap() {
  const roomy = useStore(selectRoomForMinimap);
  return roomy ? <MiniMap className="minimap" nodeColor={minimapColour} pannable zoomable /> : null;
}

/**
 * React Flow selects and unselects the nodes it draws; an adapter in a slot is not one of them, so
 * a plain click elsewhere must also let go of it: the click replaces the whole selection.
 */
function useSlotAwareSelection() {
  const store = useAppStoreApi();
  return useMemo(() => ({
    onElementClick(event: ReactMouseEvent, element: { id: string; type?: string }) {
      // A group of servers or a bundle of cables (semantic zoom) is not in the design: a click opens it.
      if (element.type === 'server-group') return expandGroup(element.id);
      if (element.id.startsWith('bundle:')) return;
      if (!(event.ctrlKey || event.metaKey || event.shiftKey)) store.getState().select([element.id]);
    },
    onPaneClick: () => store.getState().clearSelection(),
  }), [store]);
}

const selectIsEmpty = (s: { document: { nodes: readonly unknown[] } }) => s.document.nodes.length === 0;

/** The padding that keeps the overlays clear, remembered as the fitted view's (overlayRoom.ts). */
function clearPadding() {
  const padding = measuredFitPadding(document.querySelector<HTMLElement>('.editor-canvas .react-flow'));
  markFitted(true, padding);
  return padding ?? FIT_VIEW_OPTIONS.padding;
}
/** The reader's own pan or zoom (React Flow gives no event for a programmatic move). */
const onMoveStart = (event: unknown) => {
  if (event) markFitted(false);
};

/**
 * A newly loaded design is shown whole; an empty one at its natural size, from the origin.
 * `batched`: the canvas's first drawing was in batches (useFirstDrawInBatches).
 */
function useFitOnLoad(whole: boolean, batched: boolean) {
  const loads = useAppStore(selectLoads);
  const empty = useAppStore(selectIsEmpty);
  const first = useRef(loads);
  const { fitView, setViewport, getNodes, getNodesBounds } = useReactFlow();
  const flowStore = useStoreApi();
  const initialized = useNodesInitialized();
  const [fitted, setFitted] = useState(false);
  useEffect(() => {
    if (loads === first.current) return;
    first.current = loads;
    if (empty) void setViewport({ x: 0, y: 0, zoom: 1 });
    else void fitView({ ...FIT_VIEW_OPTIONS, padding: clearPadding() });
  }, [loads, empty, fitView, setViewport]);
  // The first fit waits for the nodes' sizes and is made clear of the overlays, without animation
  // (the design is hidden until then: no jump); again once the font is in, as sizes may change.
  // After batches it is made after the browser's next frame, when the page is laid out anyway:
  // measured at once, the overlays' boxes forced a layout of the whole page inside the task that
  // had just drawn the nodes (the start's longest task). A design drawn at once (over 64 parts:
  // its drawing is a long task whatever is done) is fitted at once: the layout is made once, and
  // the fitted design is in the next frame rather than the one after (opening scale-200 from a
  // link waited a frame and a second style and layout of every node for it).
  useEffect(() => {
    if (fitted || !whole || !(initialized || empty)) return;
    const fit = () => {
      // Not React Flow's fitView, which moves the view only at the next animation frame, after the
      // design is shown: the placement pass (LabelPlacement.tsx) sizes the names for the fitted
      // zoom as the view moves, while the design is still hidden.
      if (!empty) {
        const { width, height, minZoom } = flowStore.getState();
        void setViewport(getViewportForBounds(getNodesBounds(getNodes()), width, height, minZoom, INITIAL_FIT.maxZoom, clearPadding()));
      }
      // Once per canvas: the fit is done, the design may show.
      setFitted(true);
      void document.fonts.ready.then(() => { if (!empty) void fitView({ ...INITIAL_FIT, padding: clearPadding() }); });
    };
    if (!batched) return fit();
    return afterNextFrame(fit);
  }, [initialized, empty, fitted, fitView, whole, batched, flowStore, getNodes, getNodesBounds, setViewport]);
  return fitted;
}

/**
 * Runs `then` in a task after the browser's next frame, or after 100 ms in a tab that draws no
 * frames (one in the background); the returned function cancels it.
 */
function afterNextFrame(then: () => void): () => void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    then();
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => { timer = setTimeout(once); });
  const fallback = setTimeout(once, 100);
  return () => {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(fallback);
    if (timer !== undefined) clearTimeout(timer);
  };
}
