import { useState } from 'react';
import { goToStep, moveInLesson } from '../../commands/lessonCommands.ts';
import { useCommandContext } from '../../commands/useCommands.ts';
import { useAppStore, useAppStoreApi } from '../../store/hooks.ts';
import { isLessonComplete, isStepDone, stepsDone } from '../../curriculum/progress.ts';
import { currentStep, isLastStep, nextLesson, stepNumber } from '../../curriculum/stepNavigation.ts';
import { CardToggle } from './CardToggle.tsx';
import { GlossaryText } from './GlossaryText.tsx';
import { useStepText } from './useStepText.ts';
import { useStepVerdict, type StepState } from './useStepVerdict.ts';

/**
 * The open lesson beside the design: the step, its live check, Back and Next; a hint after a
 * failed check, and a word when the lesson is done. A bottom sheet on a phone; gone while presenting
 * (the caption takes its place).
 */
export function LessonPanel() {
  const state = useStepVerdict();
  const presenting = useAppStore((s) => s.presenting);
  if (!state || presenting) return null;
  return <LessonCard state={state} />;
}

function LessonCard({ state }: { state: StepState }) {
  const store = useAppStoreApi();
  const progress = useAppStore((s) => s.lessonProgress);
  const [open, setOpen] = useState(true);
  const { place } = state;
  return (
    <section className="lesson-panel" role="region" aria-label="Lesson">
      <header className="lesson-header">
        <div>
          <h2 className="lesson-title">{place.lesson.title}</h2>
          <p className="lesson-progress">
            Step {stepNumber(place.step)} of {place.lesson.steps.length}
            <span className="lesson-done-count"> · {stepsDone(progress, place.lesson)} done</span>
          </p>
        </div>
        <div className="card-buttons">
          <CardToggle open={open} what="lesson" onToggle={() => setOpen(!open)} />
          <button type="button" className="icon-button" aria-label="Close the lesson" onClick={() => store.getState().closeLesson()}>×</button>
        </div>
      </header>
      {open && <StepBody state={state} />}
    </section>
  );
}

function StepBody({ state }: { state: StepState }) {
  const store = useAppStoreApi();
  const context = useCommandContext();
  const progress = useAppStore((s) => s.lessonProgress);
  const { place, verdict, done, hintShown } = state;
  const { lesson } = place;
  const step = currentStep(place);
  const text = useStepText(place);
  const last = isLastStep(place);
  const complete = isLessonComplete(progress, lesson);
  const following = nextLesson(lesson);
  const missing = lesson.steps.map((_, i) => i).filter((i) => !isStepDone(progress, lesson.id, i));
  return (
    <>
      <ol className="lesson-steps" aria-label="Steps">
        {lesson.steps.map((_, i) => (
          <li key={i} className={`${i === place.step ? 'is-current' : ''}${isStepDone(progress, lesson.id, i) ? ' is-done' : ''}`} aria-current={i === place.step ? 'step' : undefined}>
            <span className="visually-hidden">Step {stepNumber(i)}{isStepDone(progress, lesson.id, i) ? ', done' : ''}</span>
          </li>
        ))}
      </ol>
      <div className="lesson-body" key={`${lesson.id}-${place.step}`}>
        <GlossaryText text={text} />
      </div>
      <div className="lesson-verdict" role="status">
        {step.check && done && <p className="lesson-met">✓ Done: this step is met.</p>}
        {step.check && !done && hintShown && verdict && !verdict.done && <p className="lesson-hint"><strong>Not yet.</strong> {verdict.hint}</p>}
        {complete && last && (
          <p className="lesson-complete">
            <strong>Lesson complete.</strong> All {lesson.steps.length} steps are done.
            {following && <> Next: <button type="button" className="link-button" onClick={() => void goToStep(context, following.id, 0)}>{following.title}</button></>}
          </p>
        )}
        {!complete && last && done && (
          <p className="lesson-hint">
            This was the last step; step{missing.length === 1 ? '' : 's'} {missing.map(stepNumber).join(', ')} {missing.length === 1 ? 'is' : 'are'} not
            done yet. Go Back to {missing.length === 1 ? 'it' : 'them'} to complete the lesson.
          </p>
        )}
      </div>
      <div className="lesson-actions">
        <button type="button" className="button" disabled={place.step === 0} onClick={() => moveInLesson(context, -1)}>Back</button>
        {step.check && !done && <button type="button" className="button" onClick={() => store.getState().showLessonHint(true)}>Check</button>}
        {!last && <button type="button" className={`button${!step.check || done ? ' button-primary' : ''}`} onClick={() => moveInLesson(context, 1)}>Next</button>}
        {last && !step.check && !complete && (
          <button type="button" className="button button-primary" onClick={() => store.getState().markStepDone(lesson.id, place.step)}>Finish</button>
        )}
      </div>
    </>
  );
}
