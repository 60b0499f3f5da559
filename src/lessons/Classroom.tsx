import { useEffect, useRef, type RefObject } from 'react';
import { useCommandContext } from '../commands/useCommands.ts';
import { useAppStore } from '../store/hooks.ts';
import { ChallengePanel } from './challenge/ChallengePanel.tsx';
import { LessonPanel } from './panel/LessonPanel.tsx';
import { Spotlight } from './panel/Spotlight.tsx';
import { PresenterMode } from './presenter/PresenterMode.tsx';
import { showLessonInAddress } from './lessonAddress.ts';
import './lessons.css';

/** What the classroom lays over the editor: the lesson open, a challenge from a link, presenter mode. */
export function Classroom() {
  const lessonId = useAppStore((s) => s.lesson?.id);
  const step = useAppStore((s) => s.lesson?.step);
  useEffect(() => showLessonInAddress(lessonId === undefined || step === undefined ? null : { id: lessonId, step }), [lessonId, step]);
  const cards = useRef<HTMLDivElement>(null);
  useFitAboveCards(cards, lessonId);
  return (
    <>
      <Spotlight />
      <div ref={cards} className="classroom-cards">
        <ChallengePanel />
        <LessonPanel />
      </div>
      <PresenterMode />
    </>
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
