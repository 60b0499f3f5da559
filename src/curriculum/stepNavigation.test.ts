import { describe, expect, it } from 'vitest';
import { example } from '../model/index.ts';
import { simulate } from '../sim/index.ts';
import { checkContextOf, judgeStep, nextLesson, nextStepIndex, placeOf, previousStepIndex, stepIndex, stepNumber, unmetEarlierStep } from './stepNavigation.ts';

describe('stepping through a lesson', () => {
  it('finds a lesson by id and keeps the step within it', () => {
    expect(placeOf('move-to-switch', 2)).toMatchObject({ lesson: { id: 'move-to-switch' }, step: 2 });
    expect(placeOf('move-to-switch', 99)!.step).toBe(4);
    expect(placeOf('move-to-switch', -3)!.step).toBe(0);
    expect(placeOf('move-to-switch', 1.5)!.step).toBe(0);
    expect(placeOf('no-such-lesson')).toBeUndefined();
  });

  it('goes forward and back, stopping at the ends', () => {
    const first = placeOf('where-io-goes', 0)!;
    const last = placeOf('where-io-goes', 3)!;
    expect(nextStepIndex(first)).toBe(1);
    expect(previousStepIndex(first)).toBeUndefined();
    expect(nextStepIndex(last)).toBeUndefined();
    expect(previousStepIndex(last)).toBe(2);
    expect(nextLesson(first.lesson)?.id).toBe('idle-adapters');
    expect(nextLesson(placeOf('size-it')!.lesson)?.id).toBe('when-it-pays');
    expect(nextLesson(placeOf('when-it-pays')!.lesson)?.id).toBe('noisy-neighbour');
    expect(nextLesson(placeOf('noisy-neighbour')!.lesson)).toBeUndefined();
  });

  it('numbers steps from 1 for people and links', () => {
    expect(stepNumber(0)).toBe(1);
    expect(stepIndex(2)).toBe(1);
    expect(stepIndex(0)).toBe(0);
  });

  it('gives a check the result only when it is of this very document', () => {
    const design = example('classic-rack');
    const result = simulate(design, { duration: 1 });
    expect(checkContextOf(design, { result, runDocument: design, designChanged: false }).result).toBe(result);
    expect(checkContextOf(design, { result, runDocument: design, designChanged: true }).result).toBeUndefined();
    expect(checkContextOf(design, { result, runDocument: example('classic-rack'), designChanged: false }).result).toBeUndefined();
    expect(checkContextOf(design, { result: null, runDocument: design, designChanged: false }).result).toBeUndefined();
  });

  it('passes a step without a check and judges one with a check', () => {
    const place = placeOf('move-to-switch', 0)!;
    const design = example('classic-rack');
    expect(judgeStep(place.lesson.steps[0]!, { topology: design })).toEqual({ done: true });
    const verdict = judgeStep(place.lesson.steps[1]!, { topology: design });
    expect(verdict).toEqual({ done: false, hint: 'Drag "IOV switch" from the palette onto the canvas.' });
  });
});

describe('a presenter who stepped past a check', () => {
  it('is told the first earlier step the design does not meet, with its hint', () => {
    // Lesson 3, step 5 ("Remove the adapters left in the servers") over the untouched classic rack.
    const place = placeOf('move-to-switch', 4)!;
    const unmet = unmetEarlierStep(place, { topology: example('classic-rack') });
    expect(unmet?.index).toBe(1);
    expect(unmet?.hint).toBe('Drag "IOV switch" from the palette onto the canvas.');
  });

  it('is told nothing when every earlier step is met, or when the step itself set the design', () => {
    const virtualized = example('virtualized-rack');
    expect(unmetEarlierStep(placeOf('move-to-switch', 4)!, { topology: virtualized })).toBeUndefined();
    // Step 1 starts from the classic rack: nothing before it counts.
    expect(unmetEarlierStep(placeOf('move-to-switch', 0)!, { topology: example('classic-rack') })).toBeUndefined();
  });
});
