import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { useAppStoreApi } from '../store/hooks.ts';
import { hasFrame } from '../store/simulationSelectors.ts';
import { fittedPadding, isFitted, markFitted, measuredFitPadding } from './overlayRoom.ts';
import { FIT_VIEW_OPTIONS } from './useCanvasView.ts';

/** After the overlays have had a frame to show themselves. */
const SETTLE_MS = 60;

/**
 * Keeps a fitted view clear of the overlays as they come and go: a run's legend appears, a lesson
 * or the presenter's caption opens, the window changes size. Only while the view is the fit's: a
 * view the reader moved is never moved for them, nor one they work in (a lesson's steps).
 */
export function useKeepFitted(): void {
  const flow = useReactFlow();
  const store = useAppStoreApi();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const resize = new ResizeObserver(() => schedule());
    const check = () => {
      timer = undefined;
      const element = document.querySelector<HTMLElement>('.editor-canvas .react-flow');
      // Watch every overlay there is now: a legend that grows is as much in the way as a new one.
      if (element) for (const overlay of element.querySelectorAll('.react-flow__panel')) resize.observe(overlay);
      // The presenter's caption grows and shrinks with each step's words (and a note of a step not
      // met), a challenge card as its goals are judged: the design stays clear of them.
      for (const card of document.querySelectorAll('.presenter-caption, .classroom-cards')) resize.observe(card);
      // A hidden canvas (printing, a closed view) has no size to fit into.
      if (!element || element.clientWidth === 0 || element.clientHeight === 0) return;
      const padding = measuredFitPadding(element);
      if (!isFitted() || !padding || JSON.stringify(padding) === fittedPadding()) return;
      markFitted(true, padding);
      void flow.fitView({ ...FIT_VIEW_OPTIONS, padding });
    };
    const schedule = () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(check, SETTLE_MS);
    };
    // Not a lesson's each step: the view would move under the learner's pointer mid-task.
    const overlaysOf = (s: ReturnType<typeof store.getState>) => [hasFrame(s), s.presenting, s.lesson?.id, s.linkView.challenge].join('|');
    let seen = overlaysOf(store.getState());
    const unsubscribe = store.subscribe((state) => {
      const now = overlaysOf(state);
      if (now !== seen) {
        seen = now;
        schedule();
      }
    });
    const element = document.querySelector('.editor-canvas .react-flow');
    // A card drawn before the canvas's code arrived (a challenge link): observing it fits clear of it now.
    for (const card of document.querySelectorAll('.presenter-caption, .classroom-cards')) resize.observe(card);
    // The window, not the canvas: a notice's row takes the canvas's bottom for a few seconds, and
    // moving the design under the pointer for it would be worse (a phone refits itself for it).
    window.addEventListener('resize', schedule);
    // A panel shown or gone (the run's legend renders after the store says there is a frame).
    const panels = new MutationObserver(schedule);
    if (element) panels.observe(element, { childList: true });
    return () => {
      if (timer !== undefined) clearTimeout(timer);
      unsubscribe();
      resize.disconnect();
      panels.disconnect();
      window.removeEventListener('resize', schedule);
    };
  }, [flow, store]);
}
