import { useStoreApi, type ReactFlowState } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import type { Box, NodeTextFit } from '../diagram/index.ts';
import { useAppStore, useAppStoreApi } from '../store/hooks.ts';
import { rewriteLiveFigures } from '../store/liveWrites.ts';
import { hasFrame } from '../store/simulationSelectors.ts';
import { layoutDiagramLabels, textScale, type DiagramSnapshot } from './diagramLabels.ts';
import { cableLabels, setLabelPoints, subscribeToCables } from './labelPlacements.ts';
import { overlayBoxes } from './overlayRoom.ts';

const selectPresenting = (s: { presenting: boolean }) => s.presenting;

/** After the last change of the view, so that a zoom or a drag is placed once, not at every frame. */
const SETTLE_MS = 80;

/**
 * Runs the label placement (diagramLabels.ts) when the layout, the zoom, the viewport or the run
 * changes, and hands its answer out: floating labels through labelPlacements.ts, each node's text
 * fit as attributes on the node's element for levelOfDetail.css (no node re-renders for it).
 */
export function LabelPlacement() {
  const flow = useStoreApi();
  const store = useAppStoreApi();
  const live = useAppStore(hasFrame);
  const presenting = useAppStore(selectPresenting);
  const marker = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A node that grows (a run's figures appear in its slots) moves nothing in React Flow's store.
    const resize = new ResizeObserver(() => schedule());
    // The floating labels' size follows the zoom at once (levelOfDetail.css), their places only
    // after the next pass: between the two they are hidden, rather than drawn over each other.
    let placedScale: number | undefined;
    const flowElement = () => marker.current?.closest<HTMLElement>('.react-flow') ?? null;
    const markStale = () => {
      const scale = textScale(flow.getState().transform[2], window.innerWidth, presenting);
      flowElement()?.toggleAttribute('data-labels-stale', placedScale !== undefined && scale !== placedScale);
    };
    /** `nodesOnly`: the nodes' own text; the floating labels stay as they are (hidden while stale). */
    const place = (nodesOnly: boolean) => {
      const element = flowElement();
      if (!element) return;
      for (const node of element.querySelectorAll('.react-flow__node')) resize.observe(node);
      if (element.clientWidth === 0 || element.clientHeight === 0) return;
      const snapshot = snapshotOf(flow.getState(), element, live, presenting);
      const { nodeText, labelPoints, compact } = layoutDiagramLabels(nodesOnly ? { ...snapshot, cables: new Map() } : snapshot);
      writeNodeText(element, nodeText, compact);
      const scale = textScale(snapshot.transform[2], snapshot.windowWidth, presenting);
      element.toggleAttribute('data-tiny-text', 14 * scale < 9);
      if (nodesOnly) return;
      placedScale = scale;
      setLabelPoints(labelPoints);
      element.removeAttribute('data-labels-stale');
      // Figures the last view hid were not written (figuresShown.ts): those it shows now are.
      if (live) rewriteLiveFigures(store);
    };
    const run = () => {
      timer = undefined;
      place(false);
    };
    const resized = () => {
      markStale();
      schedule();
    };
    const schedule = () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(run, SETTLE_MS);
    };
    run();
    const unsubscribeFlow = flow.subscribe((state, previous) => {
      // The first fit, made while the design is hidden (Canvas.tsx): its nodes' names sized for it
      // before it is shown. Shown first, they were sized for the zoom before the fit (a 64-server
      // rack's at 5 px on a phone) until the pass after the settling time, up to two seconds on a
      // loaded machine. The floating labels, hidden while stale, wait for that pass: placed here
      // too, every cable's label (and React's render of them, 65–80 ms for 200 servers) came
      // before the design's first frame.
      if (state.transform !== previous.transform && flowElement()?.classList.contains('is-fitting')) {
        place(true);
        markStale();
        schedule();
        return;
      }
      if (state.transform[2] !== previous.transform[2]) markStale();
      if (state.transform !== previous.transform || state.nodeLookup !== previous.nodeLookup || state.nodes !== previous.nodes
        || state.width !== previous.width || state.height !== previous.height) schedule();
    });
    const unsubscribeCables = subscribeToCables(schedule);
    window.addEventListener('resize', resized);
    void document.fonts?.ready.then(schedule);
    return () => {
      if (timer !== undefined) clearTimeout(timer);
      unsubscribeFlow();
      unsubscribeCables();
      resize.disconnect();
      window.removeEventListener('resize', resized);
    };
  }, [flow, store, live, presenting]);
  return <span ref={marker} hidden />;
}

function snapshotOf(state: ReactFlowState, element: HTMLElement, live: boolean, presenting: boolean): DiagramSnapshot {
  const origin = element.getBoundingClientRect();
  const overlays: Box[] = overlayBoxes(element).map((box) => ({ x: box.left - origin.left, y: box.top - origin.top, width: box.width, height: box.height }));
  const nodes = [...state.nodeLookup.values()].map((node) => {
    const data = node.data as { label?: string; slots?: readonly { label: string }[]; mark?: unknown };
    return {
      id: node.id, kind: node.type ?? '', x: node.internals.positionAbsolute.x, y: node.internals.positionAbsolute.y,
      width: node.measured.width ?? node.width ?? 0, height: node.measured.height ?? node.height ?? 0,
      name: data.label ?? '', slotLabels: (data.slots ?? []).map((slot) => slot.label), marked: data.mark !== undefined,
    };
  });
  return {
    transform: state.transform, pane: { width: state.width, height: state.height }, windowWidth: window.innerWidth, presenting,
    nodes, cables: cableLabels, live, overlays,
  };
}

/**
 * The fit of each node's text, as attributes levelOfDetail.css reads. Written only where they
 * change: the pass runs again while a run plays, and a write of the same value still restyles the node.
 */
function writeNodeText(flow: HTMLElement, fits: ReadonlyMap<string, NodeTextFit>, compact: ReadonlySet<string>): void {
  for (const node of flow.querySelectorAll<HTMLElement>('.react-flow__node')) {
    const fit = fits.get(node.dataset.id ?? '');
    if (!fit) continue;
    setData(node, 'name', !fit.name ? 'hidden' : fit.name.tag ? 'tag' : fit.name.shortened ? 'short' : String(fit.name.lines));
    if (fit.name && node.style.getPropertyValue('--name-px') !== String(fit.name.px)) node.style.setProperty('--name-px', String(fit.name.px));
    // A name shortened or hidden is whole in its tooltip (and in the node's accessible name).
    const label = node.querySelector<HTMLElement>('.node-label');
    if (label) {
      if (fit.name && !fit.name.shortened) label.removeAttribute('title');
      else if (label.title !== label.textContent) label.title = label.textContent ?? '';
    }
    setData(node, 'slotLabels', fit.slotLabels ? 'shown' : 'hidden');
    setData(node, 'figures', fit.figures ? 'shown' : 'hidden');
    setData(node, 'tile', compact.has(node.dataset.id ?? '') ? 'compact' : 'whole');
  }
}

function setData(node: HTMLElement, key: string, value: string): void {
  if (node.dataset[key] !== value) node.dataset[key] = value;
}
