import type { Topology } from '../model/index.ts';
import type { SimulationResult } from '../sim/index.ts';
import { LESSONS, lessonById } from './index.ts';
import { DONE, type CheckContext, type Lesson, type Step, type Verdict } from './lesson.ts';

/** Where a learner is: a lesson of the catalog and the index of one of its steps. */
export type LessonPlace = { lesson: Lesson; step: number };

/** The place a lesson id and a step index name, the step brought within the lesson; none for an unknown lesson. */
export function placeOf(lessonId: string, step = 0): LessonPlace | undefined {
  const lesson = lessonById(lessonId);
  if (!lesson) return undefined;
  const within = Number.isInteger(step) ? Math.min(Math.max(step, 0), lesson.steps.length - 1) : 0;
  return { lesson, step: within };
}

export const currentStep = (place: LessonPlace): Step => place.lesson.steps[place.step]!;

/**
 * The design a step starts from: its own start, or that of the nearest step before it that sets
 * one (the steps between build on it). None when no step up to it sets a design.
 */
export function startingDesignOf(place: LessonPlace): (() => Topology) | undefined {
  for (let index = place.step; index >= 0; index--) {
    const start = place.lesson.steps[index]!.start;
    if (start) return start;
  }
  return undefined;
}
export const isLastStep = (place: LessonPlace) => place.step === place.lesson.steps.length - 1;

export function nextStepIndex(place: LessonPlace): number | undefined {
  return isLastStep(place) ? undefined : place.step + 1;
}

export function previousStepIndex(place: LessonPlace): number | undefined {
  return place.step === 0 ? undefined : place.step - 1;
}

/** The lesson after this one in the catalog, if any. */
export function nextLesson(lesson: Lesson): Lesson | undefined {
  const at = LESSONS.findIndex((l) => l.id === lesson.id);
  return at >= 0 ? LESSONS[at + 1] : undefined;
}

/**
 * What a check may see: the simulation's result only when it is of this very document (the run
 * finished on it and nothing changed since), so a check never judges a stale run.
 */
export function checkContextOf(topology: Topology, run: { result: SimulationResult | null; runDocument: Topology | null; designChanged: boolean }): CheckContext {
  const current = run.result !== null && run.runDocument === topology && !run.designChanged;
  return current ? { topology, result: run.result! } : { topology };
}

/** The step's verdict; a step with no check is read, not judged, so it counts as met. */
export function judgeStep(step: Step, context: CheckContext): Verdict {
  return step.check ? step.check(context) : DONE;
}

export { stepIndex, stepNumber } from './stepNumbers.ts';

/**
 * The first step before this one (since the step that last set the design) whose check the design
 * does not meet: presenter mode steps on without checks, and a later step's text takes the earlier
 * ones as done ("Both paths exist"), so the caption says which is not. None when all are met.
 */
export function unmetEarlierStep(place: LessonPlace, context: CheckContext): { index: number; hint: string } | undefined {
  const steps = place.lesson.steps;
  let from = place.step;
  while (from > 0 && !steps[from]!.start) from--;
  for (let index = from; index < place.step; index++) {
    const verdict = judgeStep(steps[index]!, context);
    if (!verdict.done) return { index, hint: verdict.hint };
  }
  return undefined;
}
