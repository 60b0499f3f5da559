import { getNodesBounds, useReactFlow, useStoreApi, type ReactFlowInstance } from '@xyflow/react';
import { useEffect } from 'react';
import { useAppStoreApi } from '../store/hooks.ts';
import { hasFrame } from '../store/simulationSelectors.ts';
import { NARROW_QUERY } from '../ui/narrowScreen.ts';
import { designInRoom, onCanvasResize } from './fitRoom.ts';
import { fittedPadding, isFitted, measuredFitPadding, sinceFit } from './overlayRoom.ts';
import { FIT_VIEW_OPTIONS, useCanvasView } from './useCanvasView.ts';

/** After the overlays and the nodes have had a frame to show themselves and be measured. */
const SETTLE_MS = 60;
/**
 * Refits in a row for nodes that grew, with no other cause between and none leaving the design
 * whole: a node's text is sized by the zoom far out (levelOfDetail.css), so a fit can change the
 * sizes it was made for. A smaller zoom only grows the nodes, so the fits converge; presenter mode
 * at 1280x720 with a run starting (figures appearing in the slots) took three: two left the
 * switch's last adapters under the caption. The bound guards against a loop all the same.
 */
const GROWTH_REFITS = 4;

type Size = { width: number; height: number };
const sizeOf = (element: HTMLElement): Size => ({ width: element.clientWidth, height: element.clientHeight });
/** The measured sizes of the nodes: a drag moves nodes, and must not refit; a run's figures grow them. */
const sizesKey = (flow: ReturnType<typeof useStoreApi>) => {
  let key = 0;
  for (const node of flow.getState().nodeLookup.values()) key = (key * 31 + (node.measured.width ?? 0) * 7 + (node.measured.height ?? 0)) % 1_000_000_007;
  return key;
};

function shownWhole(flow: ReactFlowInstance, size: Size, padding?: Parameters<typeof designInRoom>[3]) {
  const nodes = flow.getNodes();
  return nodes.length === 0 || designInRoom(getNodesBounds(nodes), flow.getViewport(), size, padding);
}

/**
 * The presenter's caption: its height follows each step's words. A lesson's or a challenge's card
 * is not watched: the learner works in the view as the card changes, and a refit at each step would
 * move the target of their next drag (Classroom.tsx fits above the cards when one opens).
 */
const CAPTION = '.presenter-caption';

/**
 * The one hook that keeps a fitted view fitted (useFitOnLoad makes the first fit): clear of the
 * overlays as they come, go and change size (a run's legend, a lesson, the presenter's caption);
 * whole when the nodes grow (a run's figures in the slots); whole when the window or the canvas
 * changes size (onCanvasResize: a phone's sheet). Only while the view is the fit's: a view the
 * reader moved is never moved for them, nor one they work in (a lesson's steps).
 */
export function useKeepFitted(): void {
  const flow = useReactFlow();
  const flowStore = useStoreApi();
  const store = useAppStoreApi();
  const { fit } = useCanvasView();
  useEffect(() => {
    const canvas = document.querySelector<HTMLElement>('.editor-canvas .react-flow');
    if (!canvas) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let growthRefits = 0;
    // Read in the resize observer's first call (on observing), when the browser has laid the page
    // out anyway: read here, at the canvas's mount, it forced a layout of the whole page inside
    // the mount's task (30–50 ms at the start, four times that on a phone).
    let size: Size | undefined;
    const overlays = new ResizeObserver(() => schedule(true));
    const check = () => {
      timer = undefined;
      // Watch every overlay there is now: a legend that grows is as much in the way as a new one.
      for (const overlay of canvas.querySelectorAll('.react-flow__panel')) overlays.observe(overlay);
      // The presenter's caption grows and shrinks with each step's words (and a note of a step not met).
      for (const caption of document.querySelectorAll(CAPTION)) overlays.observe(caption);
      // A hidden canvas (printing, a closed view) has no size to fit into.
      if (canvas.clientWidth === 0 || canvas.clientHeight === 0 || !isFitted()) return;
      // A fit still moving the view: judged halfway, the design is not yet where the fit puts it,
      // and a refit for that would use up the growth refits (presenter mode at 1280x720 stopped
      // with the switch's last adapters under the caption). Judged once the fit has landed.
      const moving = FIT_VIEW_OPTIONS.duration + SETTLE_MS - sinceFit();
      if (moving > 0) {
        timer = setTimeout(check, moving);
        return;
      }
      const padding = measuredFitPadding(canvas);
      if (!padding) return;
      const roomChanged = JSON.stringify(padding) !== fittedPadding();
      if (!roomChanged && shownWhole(flow, sizeOf(canvas), padding)) {
        // Settled: nodes that grow later (a queue's figure) are a new cause, with refits of their own.
        growthRefits = 0;
        return;
      }
      if (!roomChanged && ++growthRefits > GROWTH_REFITS) return;
      fit();
    };
    function schedule(otherCause: boolean) {
      if (otherCause) growthRefits = 0;
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(check, SETTLE_MS);
    }
    const resized = new ResizeObserver(() => {
      const before = size;
      size = sizeOf(canvas);
      if (!before) return;
      const { x, y, zoom } = flow.getViewport();
      const narrow = window.matchMedia(NARROW_QUERY).matches;
      const action = onCanvasResize(narrow, before, size, shownWhole(flow, before));
      // A phone's sheet: at once, whoever last moved the view, as the design was shown whole.
      if (action === 'refit' && narrow) fit();
      else if (action === 'refit') schedule(true);
      else if (action === 'keep-centre') void flow.setViewport({ x: x + (size.width - before.width) / 2, y: y + (size.height - before.height) / 2, zoom });
    });
    resized.observe(canvas);
    // Not a lesson's each step: the view would move under the learner's pointer mid-task.
    const overlaysOf = (s: ReturnType<typeof store.getState>) => [hasFrame(s), s.presenting, s.lesson?.id, s.linkView.challenge].join('|');
    let seen = overlaysOf(store.getState());
    const unsubscribe = store.subscribe((state) => {
      const now = overlaysOf(state);
      if (now !== seen) {
        seen = now;
        schedule(true);
      }
    });
    let sizes = sizesKey(flowStore);
    // React Flow measures into the same nodeLookup (a Map changed in place, then `set({})`): its
    // identity never changes, so the sizes themselves are compared at each change of its store.
    const unsubscribeFlow = flowStore.subscribe(() => {
      const now = sizesKey(flowStore);
      if (now === sizes) return;
      sizes = now;
      // A run's figures and the presenter's type grow the nodes; while the reader edits, parts come
      // and grow under their hands, and moving the view would move a drag's target (a lesson's steps).
      const app = store.getState();
      if (hasFrame(app) || app.presenting) schedule(false);
    });
    const onWindowResize = () => schedule(true);
    window.addEventListener('resize', onWindowResize);
    // A panel shown or gone (the run's legend renders after the store says there is a frame).
    const panels = new MutationObserver(() => schedule(true));
    panels.observe(canvas, { childList: true });
    return () => {
      if (timer !== undefined) clearTimeout(timer);
      unsubscribe();
      unsubscribeFlow();
      overlays.disconnect();
      resized.disconnect();
      panels.disconnect();
      window.removeEventListener('resize', onWindowResize);
    };
  }, [flow, flowStore, store, fit]);
}
