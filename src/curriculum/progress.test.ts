import { describe, expect, it } from 'vitest';
import { LESSONS } from './index.ts';
import { isLessonComplete, isStepDone, mergeProgress, parseProgress, serializeProgress, stepsDone, withStepDone, withoutLesson } from './progress.ts';

const lesson3 = LESSONS[2]!;

describe('lesson progress', () => {
  it('round-trips through its stored text', () => {
    const progress = withStepDone(withStepDone({}, 'move-to-switch', 2), 'move-to-switch', 0);
    expect(progress).toEqual({ 'move-to-switch': [0, 2] });
    expect(parseProgress(serializeProgress(progress))).toEqual(progress);
  });

  it('ignores a corrupt store instead of failing', () => {
    for (const text of [null, '', '{', 'null', '[1,2]', '"text"', '42']) expect(parseProgress(text)).toEqual({});
  });

  it('keeps what is plainly right in a damaged store and drops the rest', () => {
    const text = JSON.stringify({ 'move-to-switch': [3, 1, 1, -1, 2.5, 'x', 400], 'BAD ID!': [0], 'idle-adapters': 'all', 'size-it': [] });
    expect(parseProgress(text)).toEqual({ 'move-to-switch': [1, 3] });
  });

  it('marks a step once and says when a lesson is complete', () => {
    let progress = withStepDone({}, lesson3.id, 1);
    expect(withStepDone(progress, lesson3.id, 1)).toBe(progress);
    expect(isStepDone(progress, lesson3.id, 1)).toBe(true);
    expect(isStepDone(progress, lesson3.id, 0)).toBe(false);
    expect(stepsDone(progress, lesson3)).toBe(1);
    for (let i = 0; i < lesson3.steps.length; i++) progress = withStepDone(progress, lesson3.id, i);
    expect(stepsDone(progress, lesson3)).toBe(5);
    expect(isLessonComplete(progress, lesson3)).toBe(true);
    // A step past the lesson's end (an older version of it) does not count.
    expect(stepsDone(withStepDone({}, lesson3.id, 40), lesson3)).toBe(0);
  });

  it('merges what two tabs did', () => {
    expect(mergeProgress({ 'size-it': [1], 'move-to-switch': [0, 2] }, { 'move-to-switch': [1, 2] })).toEqual({ 'size-it': [1], 'move-to-switch': [0, 1, 2] });
  });

  it('forgets one lesson to take it again', () => {
    const progress = { 'move-to-switch': [0], 'size-it': [1] };
    expect(withoutLesson(progress, 'move-to-switch')).toEqual({ 'size-it': [1] });
    expect(withoutLesson(progress, 'unknown')).toBe(progress);
  });
});
