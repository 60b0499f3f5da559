import { fragmentWithLesson, fragmentWithout } from '../share/linkFragment.ts';

const replaceFragment = (next: string) => {
  if (next !== location.hash) history.replaceState(history.state, '', `${location.pathname}${location.search}${next}`);
};

/** A challenge closed is gone from the address too (its `c`), so that a reload does not open it again. */
export function forgetChallengeInAddress() {
  replaceFragment(fragmentWithout(location.hash, ['c', 'n', 't']));
}

/** The address follows the open lesson and its step (from 1), so a reload comes back to it; none when closed. */
export function showLessonInAddress(lesson: { id: string; step: number } | null) {
  replaceFragment(fragmentWithLesson(location.hash, lesson && { id: lesson.id, step: lesson.step + 1 }));
}
