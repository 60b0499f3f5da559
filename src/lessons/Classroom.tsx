import { Suspense, useEffect, useRef, type RefObject } from 'react';
import { useCommandContext } from '../commands/useCommands.ts';
import { useAppStore } from '../store/hooks.ts';
import { lazyNamed } from '../ui/lazyNamed.ts';
import { showLessonInAddress } from './lessonAddress.ts';
import './lessons.css';

// Fetched when a lesson, a challenge or presenter mode first opens: a design alone needs none of it.
const ChallengePanel = lazyNamed(() => import('./challenge/ChallengePanel.tsx'), 'ChallengePanel');
const LessonPanel = lazyNamed(() => import('./panel/LessonPanel.tsx'), 'LessonPanel');
const Spotlight = lazyNamed(() => import('./panel/Spotlight.tsx'), 'Spotlight');
const PresenterMode = lazyNamed(() => import('./presenter/PresenterMode.tsx'), 'PresenterMode');

/** What the classroom lays over the editor: the lesson open, a challenge from a link, presenter mode. */
export function Classroom() {
  const lessonId = useAppStore((s) => s.lesson?.id);
  const step = useAppStore((s) => s.lesson?.step);
  useEffect(() => showLessonInAddress(lessonId === undefined || step === undefined ? null : { id: lessonId, step }), [lessonId, step]);
  const challenge = useAppStore((s) => s.linkView.challenge);
  const presenting = useAppStore((s) => s.presenting);
  const cards = useRef<HTMLDivElement>(null);
  useFitAboveCards(cards, lessonId);
  return (
    <Suspense fallback={null}>
      {lessonId !== undefined && <Spotlight />}
      <div ref={cards} className="classroom-cards">
        {challenge !== undefined && <ChallengePanel />}
        {lessonId !== undefined && <LessonPanel />}
      </div>
      {presenting && <PresenterMode />}
    </Suspense>
  );
}

/**
 * On a wide screen the cards float over the canvas's bottom: a design opened (or a card shown) is
 * fitted above them, not behind them. On a phone the canvas itself gives the sheet its room.
 */
function useFitAboveCards(cards: RefObject<HTMLDivElement | null>, lessonId: string | undefined) {
  const { view } = useCommandContext();
  const loads = useAppStore((s) => s.loads);
  const challenge = useAppStore((s) => s.linkView.challenge);
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      const element = cards.current;
      // A phone's sheet is in the flow (static), under the canvas: nothing to fit around.
      if (!element || getComputedStyle(element).position === 'static') return;
      const box = element.getBoundingClientRect();
      if (box.height === 0) return;
      const canvas = element.parentElement?.getBoundingClientRect();
      view.fitAbove?.(canvas ? canvas.bottom - box.top + 12 : box.height + 24);
    });
    return () => cancelAnimationFrame(frame);
    // A design loaded, a lesson or a challenge shown: the moments to fit again (not each step).
    // oxlint-disable-next-line react/exhaustive-effect-dependencies
  }, [view, cards, loads, lessonId, challenge]);
}
