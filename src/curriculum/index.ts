import { failureAndFailover } from './catalog/failureAndFailover.ts';
import { idleAdapters } from './catalog/idleAdapters.ts';
import { moveToSwitch } from './catalog/moveToSwitch.ts';
import { noisyNeighbourLesson } from './catalog/noisyNeighbour.ts';
import { poolingAndQueueing } from './catalog/poolingAndQueueing.ts';
import { sizeIt } from './catalog/sizeIt.ts';
import { whereIoGoes } from './catalog/whereIoGoes.ts';
import { whenItPays } from './catalog/whenItPays.ts';
import type { Lesson } from './lesson.ts';

/** The founding story of I/O virtualization, in order, then the questions an architect asks of it. */
export const LESSONS: readonly Lesson[] = [whereIoGoes, idleAdapters, moveToSwitch, poolingAndQueueing, failureAndFailover, sizeIt, whenItPays, noisyNeighbourLesson];

export function lessonById(id: string): Lesson | undefined {
  return LESSONS.find((lesson) => lesson.id === id);
}

export * from './lesson.ts';
export { GLOSSARY, segmentText, type TextSegment } from './glossary.ts';
export { evaluateChallenge, type GoalVerdict } from './challengeVerdicts.ts';
