import { useEffect, useMemo } from 'react';
import { useAppStore, useAppStoreApi } from '../../store/hooks.ts';
import type { Verdict } from '../../curriculum/lesson.ts';
import { isStepDone } from '../../curriculum/progress.ts';
import { checkContextOf, currentStep, judgeStep, placeOf, type LessonPlace } from '../../curriculum/stepNavigation.ts';

export type StepState = { place: LessonPlace; verdict: Verdict | null; done: boolean; hintShown: boolean };

/**
 * The open lesson's step, judged live: each edit or finished run checks it again, and a step met
 * is recorded as done (in this browser). A step with no check is judged only by passing it.
 */
export function useStepVerdict(): StepState | null {
  const store = useAppStoreApi();
  const lesson = useAppStore((s) => s.lesson);
  const document = useAppStore((s) => s.document);
  const result = useAppStore((s) => s.simulation.result);
  const runDocument = useAppStore((s) => s.simulation.runDocument);
  const designChanged = useAppStore((s) => s.simulation.designChanged);
  const progress = useAppStore((s) => s.lessonProgress);
  const place = useMemo(() => (lesson ? placeOf(lesson.id, lesson.step) : undefined), [lesson]);
  const verdict = useMemo(() => {
    if (!place) return null;
    const step = currentStep(place);
    return step.check ? judgeStep(step, checkContextOf(document, { result, runDocument, designChanged })) : null;
  }, [place, document, result, runDocument, designChanged]);
  const met = verdict?.done === true;
  useEffect(() => {
    if (place && met) store.getState().markStepDone(place.lesson.id, place.step);
  }, [store, place, met]);
  if (!place || !lesson) return null;
  // A checked step shows its live verdict (an undo can unmeet it); a read step, whether it was passed.
  return { place, verdict, done: verdict ? met : isStepDone(progress, place.lesson.id, place.step), hintShown: lesson.hintShown };
}
