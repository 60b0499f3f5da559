import { goToStep } from '../../commands/lessonCommands.ts';
import { useCommandContext } from '../../commands/useCommands.ts';
import { useAppStore, useAppStoreApi } from '../../store/hooks.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { LESSONS } from '../../curriculum/index.ts';
import type { Lesson } from '../../curriculum/lesson.ts';
import { isLessonComplete, stepsDone, type LessonProgress } from '../../curriculum/progress.ts';

/** Where to take a lesson up: its first step not done, or the start once it is complete. */
function resumeAt(lesson: Lesson, progress: LessonProgress): number {
  const next = lesson.steps.findIndex((_, i) => !progress[lesson.id]?.includes(i));
  return next < 0 ? 0 : next;
}

/** The lessons, in order, each with this browser's progress and a way in. */
export function LessonsDialog({ onClose }: { onClose(): void }) {
  const store = useAppStoreApi();
  const context = useCommandContext();
  const progress = useAppStore((s) => s.lessonProgress);
  const open = useAppStore((s) => s.lesson?.id);
  const start = (lesson: Lesson, step: number) => {
    onClose();
    void goToStep(context, lesson.id, step);
  };
  return (
    <Dialog title="Lessons" onClose={onClose} wide>
      <p className="lessons-intro">Short lessons on the design beside them, each checked as you go. Your progress stays in this browser. A lesson that starts from its own design keeps yours in Design ▸ Recent designs.</p>
      <ol className="lessons-list">
        {LESSONS.map((lesson, i) => {
          const done = stepsDone(progress, lesson);
          const complete = isLessonComplete(progress, lesson);
          const resume = resumeAt(lesson, progress);
          const label = complete ? 'Take again' : done > 0 ? `Continue at step ${resume + 1}` : 'Start';
          return (
            <li key={lesson.id} className={complete ? 'is-complete' : undefined}>
              <div className="lessons-item-text">
                <h3 className="lessons-title">{lesson.title}{open === lesson.id && <span className="lessons-open"> (open)</span>}</h3>
                <p className="lessons-summary">{lesson.summary}</p>
                <p className="lessons-meta">
                  About {lesson.minutes} min · {complete ? '✓ complete' : `${done} of ${lesson.steps.length} steps done`}
                </p>
                <progress max={lesson.steps.length} value={done} aria-label={`${lesson.title}: ${done} of ${lesson.steps.length} steps done`} />
              </div>
              <div className="lessons-item-actions">
                <button
                  type="button" className={`button${i === 0 || (!complete && done > 0) ? ' button-primary' : ''}`} data-autofocus={i === 0 ? true : undefined}
                  aria-label={`${label}: ${lesson.title}`}
                  onClick={() => {
                    if (complete) store.getState().resetLessonProgress(lesson.id);
                    start(lesson, complete ? 0 : resume);
                  }}
                >
                  {label}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
    </Dialog>
  );
}
