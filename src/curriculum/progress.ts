import type { Lesson } from './lesson.ts';

/**
 * What a learner has done, kept in this browser: per lesson id, the indexes of the steps done.
 * Read from storage that anyone (an old version, a hand edit, a full disk) may have spoiled, so
 * parsing keeps what is plainly right and drops the rest: a corrupt store means no progress, never a crash.
 */
export type LessonProgress = Readonly<Record<string, readonly number[]>>;

export const PROGRESS_KEY = 'iov-studio:lesson-progress';
const MAX_STEPS = 100;

export function parseProgress(text: string | null): LessonProgress {
  if (!text) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return {};
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
  const progress: Record<string, number[]> = {};
  for (const [id, steps] of Object.entries(parsed)) {
    if (!/^[a-z0-9-]{1,64}$/.test(id) || !Array.isArray(steps)) continue;
    const kept = steps.filter((s): s is number => Number.isInteger(s) && s >= 0 && s < MAX_STEPS);
    if (kept.length > 0) progress[id] = [...new Set(kept)].toSorted((a, b) => a - b);
  }
  return progress;
}

export const serializeProgress = (progress: LessonProgress): string => JSON.stringify(progress);

/** The progress with one more step done; the same object when it was done already. */
export function withStepDone(progress: LessonProgress, lessonId: string, step: number): LessonProgress {
  const done = progress[lessonId] ?? [];
  if (done.includes(step)) return progress;
  return { ...progress, [lessonId]: [...done, step].toSorted((a, b) => a - b) };
}

export function isStepDone(progress: LessonProgress, lessonId: string, step: number): boolean {
  return progress[lessonId]?.includes(step) ?? false;
}

/** How many of the lesson's steps are done (steps past its end, from an older lesson, do not count). */
export function stepsDone(progress: LessonProgress, lesson: Lesson): number {
  return (progress[lesson.id] ?? []).filter((s) => s < lesson.steps.length).length;
}

export const isLessonComplete = (progress: LessonProgress, lesson: Lesson) => stepsDone(progress, lesson) === lesson.steps.length;

/** Both records of progress at once: another tab may have done steps since this one read the store. */
export function mergeProgress(a: LessonProgress, b: LessonProgress): LessonProgress {
  const merged: Record<string, number[]> = {};
  for (const id of new Set([...Object.keys(a), ...Object.keys(b)])) {
    merged[id] = [...new Set([...(a[id] ?? []), ...(b[id] ?? [])])].toSorted((x, y) => x - y);
  }
  return merged;
}

/** The lesson's progress forgotten, to take it again from the start. */
export function withoutLesson(progress: LessonProgress, lessonId: string): LessonProgress {
  if (!(lessonId in progress)) return progress;
  const { [lessonId]: _dropped, ...rest } = progress;
  return rest;
}
