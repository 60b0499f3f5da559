import { Suspense, useEffect, useRef, type RefObject } from 'react';
import { useCommandContext } from '../commands/useCommands.ts';
import type { CanvasView } from '../commands/canvasView.ts';
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
    <>
      <Suspense fallback={null}>{lessonId !== undefined && <Spotlight />}</Suspense>
      {/* Always drawn (empty and hidden while no card's code is in), so the fit can watch a card arrive. */}
      <div ref={cards} className="classroom-cards">
        <Suspense fallback={null}>
          {challenge !== undefined && <ChallengePanel />}
          {lessonId !== undefined && <LessonPanel />}
        </Suspense>
      </div>
      <Suspense fallback={null}>{presenting && <PresenterMode />}</Suspense>
    </>
  );
}

/** The room the cards take at the canvas's bottom, or nothing on a phone (its sheet is in the flow, under the canvas) or with no card shown. */
function cardsRoom(element: HTMLElement | null): number | undefined {
  if (!element || getComputedStyle(element).position === 'static') return undefined;
  const box = element.getBoundingClientRect();
  if (box.height === 0) return undefined;
  const canvas = element.parentElement?.getBoundingClientRect();
  return canvas ? canvas.bottom - box.top + 12 : box.height + 24;
}

/** Fits the design above the cards, when they take room at the canvas's bottom. */
function fitAbove(view: CanvasView, cards: HTMLElement | null) {
  const room = cardsRoom(cards);
  if (room !== undefined) view.fitAbove?.(room);
}

/**
 * On a wide screen the cards float over the canvas's bottom: a design opened (or a card shown) is
 * fitted above them, not behind them. A card's code is fetched when it first opens and may arrive
 * after the canvas's first fit: the fit is made again once, when the cards first take room (from
 * none), never as a shown card changes size (a lesson's step: the view would move under a drag).
 * On a phone the canvas itself gives the sheet its room.
 */
function useFitAboveCards(cards: RefObject<HTMLDivElement | null>, lessonId: string | undefined) {
  const { view } = useCommandContext();
  const loads = useAppStore((s) => s.loads);
  const challenge = useAppStore((s) => s.linkView.challenge);
  useEffect(() => {
    const frame = requestAnimationFrame(() => fitAbove(view, cards.current));
    return () => cancelAnimationFrame(frame);
    // A design loaded, a lesson or a challenge shown: the moments to fit again (not each step).
    // oxlint-disable-next-line react/exhaustive-effect-dependencies
  }, [view, cards, loads, lessonId, challenge]);
  useEffect(() => {
    const element = cards.current;
    if (!element) return;
    let shown = element.getBoundingClientRect().height > 0;
    let frame = 0;
    const appeared = new ResizeObserver(() => {
      const now = element.getBoundingClientRect().height > 0;
      if (now && !shown) {
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(() => fitAbove(view, element));
      }
      shown = now;
    });
    appeared.observe(element);
    return () => {
      cancelAnimationFrame(frame);
      appeared.disconnect();
    };
  }, [view, cards]);
}
