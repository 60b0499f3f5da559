import { useMemo } from 'react';
import { checkContextOf, currentStep, type LessonPlace } from '../../curriculum/stepNavigation.ts';
import { fillStepText } from '../../curriculum/stepText.ts';
import { useAppStore } from '../../store/hooks.ts';

/** The step's text with its figures filled from the design on show and its run (when current). */
export function useStepText(place: LessonPlace): string {
  const document = useAppStore((s) => s.document);
  const result = useAppStore((s) => s.simulation.result);
  const runDocument = useAppStore((s) => s.simulation.runDocument);
  const designChanged = useAppStore((s) => s.simulation.designChanged);
  return useMemo(
    () => fillStepText(currentStep(place).text, place.lesson.figures ?? {}, checkContextOf(document, { result, runDocument, designChanged })),
    [place, document, result, runDocument, designChanged],
  );
}
