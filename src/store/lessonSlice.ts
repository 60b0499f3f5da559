import type { StateCreator } from 'zustand/vanilla';
import { PROGRESS_KEY, mergeProgress, parseProgress, serializeProgress, withStepDone, withoutLesson, type LessonProgress } from '../curriculum/progress.ts';
import { lessonCatalog } from './lessonCatalog.ts';
import type { KeyValueStore } from '../share/autosave.ts';
import type { AppState } from './appState.ts';

/** The lesson open beside the design: its id, the step shown, and whether its hint is asked for. */
export type OpenLesson = { id: string; step: number; hintShown: boolean };

/**
 * The classroom's view state: the lesson open, the learner's progress (kept in this browser, apart
 * from any design) and presenter mode. Never in the document, never an undo step.
 */
export type LessonSlice = {
  lesson: OpenLesson | null;
  lessonProgress: LessonProgress;
  presenting: boolean;
  /** Presenter mode's full-screen QR code of the current view. */
  presenterQr: boolean;
  /**
   * Open a lesson of the catalog at a step (brought within the lesson); false for an unknown lesson,
   * or before the catalog has loaded: callers wait for loadLessonCatalog() first (lessonCatalog.ts).
   */
  openLesson(id: string, step?: number): boolean;
  closeLesson(): void;
  /** Show the hint of the step's check (after a failed check); a new step starts without it. */
  showLessonHint(shown: boolean): void;
  markStepDone(id: string, step: number): void;
  /** Forget a lesson's progress, to take it again. */
  resetLessonProgress(id: string): void;
  setPresenting(presenting: boolean): void;
  setPresenterQr(shown: boolean): void;
};

/** Progress is read once, at start; a store that cannot be read or written means progress lasts the page only. */
export function createLessonSlice(storage: () => KeyValueStore | undefined): StateCreator<AppState, [], [], LessonSlice> {
  const read = (): LessonProgress => {
    try {
      return parseProgress(storage()?.getItem(PROGRESS_KEY) ?? null);
    } catch {
      return {};
    }
  };
  const write = (progress: LessonProgress) => {
    try {
      storage()?.setItem(PROGRESS_KEY, serializeProgress(progress));
    } catch {
      // A full or refused storage: the progress still shows for this page.
    }
  };
  return (set, get) => ({
    lesson: null,
    lessonProgress: read(),
    presenting: false,
    presenterQr: false,
    openLesson(id, step = 0) {
      const place = lessonCatalog()?.placeOf(id, step);
      if (!place) return false;
      set({ lesson: { id, step: place.step, hintShown: false } });
      return true;
    },
    closeLesson: () => set({ lesson: null }),
    showLessonHint(shown) {
      const { lesson } = get();
      if (lesson && lesson.hintShown !== shown) set({ lesson: { ...lesson, hintShown: shown } });
    },
    markStepDone(id, step) {
      if (withStepDone(get().lessonProgress, id, step) === get().lessonProgress) return;
      // Another tab may have recorded steps meanwhile: theirs are kept, not overwritten.
      const progress = withStepDone(mergeProgress(read(), get().lessonProgress), id, step);
      set({ lessonProgress: progress });
      write(progress);
    },
    resetLessonProgress(id) {
      const progress = withoutLesson(mergeProgress(read(), get().lessonProgress), id);
      set({ lessonProgress: progress });
      write(progress);
    },
    setPresenting: (presenting) => set(presenting ? { presenting } : { presenting, presenterQr: false }),
    setPresenterQr: (presenterQr) => set({ presenterQr }),
  });
}

/** The browser's localStorage, when there is one and it may be used. */
export function browserStorage(): KeyValueStore | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
