import { stepNumber } from '../curriculum/stepNumbers.ts';
import { lessonCatalog } from './lessonCatalog.ts';
import type { OpenLesson } from './lessonSlice.ts';

/** The open lesson as a share link names it: its id, its title and the step numbered from 1. */
export type SharedLessonPlace = { id: string; title: string; stepNumber: number };

/** For the UI outside src/lessons (the share dialog), which does not read the curriculum itself. */
export function sharedLessonPlace(lesson: OpenLesson | null): SharedLessonPlace | undefined {
  const place = lesson ? lessonCatalog()?.placeOf(lesson.id, lesson.step) : undefined;
  return place && { id: place.lesson.id, title: place.lesson.title, stepNumber: stepNumber(place.step) };
}
