import type { ChallengeRule, Topology } from '../model/index.ts';

// The page's fragment as the app keeps it: what a link asks for, once read, and the fragment to
// leave in the address afterwards. Apart from openFromLocation.ts, which reads a link through the
// codec (fflate, the packer): the page loads that only when its address holds something to read.

/**
 * The view state a link carries beside the design (SIMULATION.md, "Link format"): the lesson and
 * its step, view-only mode, and a challenge's goals (still encoded: the classroom decodes them).
 */
export type LinkView = {
  lesson?: string; step?: number; viewOnly: boolean; challenge?: string; name?: string; handedIn?: number;
  /** The commands the challenge forbids, decoded with it when the link is read (store/challengeRules.ts). */
  forbid?: readonly ChallengeRule[];
};

/** What the page's fragment asks for. */
export type LocationLink =
  /** No link here (no fragment, or only keys IOV Studio does not know). */
  | { kind: 'none' }
  /** View state alone: what is left in the address after a design was opened from it. */
  | { kind: 'view'; view: LinkView }
  | { kind: 'design'; topology: Topology; view: LinkView; upgradedFrom?: number }
  /** The design could not be read: every problem, each saying what to do. */
  | { kind: 'refused'; problems: string[]; view: LinkView };

/**
 * The fragment to leave in the address once its design is open: the view state stays (a reload
 * keeps view-only mode and the lesson step), the design goes (it now lives in the tab's autosave,
 * so a reload shows the later edits instead of opening the link again over them). `m=view` goes
 * too when the design becomes editable, and a lesson's `l` and `s` or a challenge's `c` once closed.
 */
export function fragmentWithout(hash: string, pairs: readonly ('d' | 'c' | 'l' | 's' | 'n' | 't' | 'm=view')[] = ['d']): string {
  const dropped = (pair: string) => pairs.some((p) => (p === 'm=view' ? pair === p : pair.startsWith(`${p}=`)));
  const kept = hash.replace(/^#/, '').split('&').filter((pair) => pair !== '' && !dropped(pair));
  return kept.length > 0 ? `#${kept.join('&')}` : '';
}

/**
 * The fragment with the open lesson's `l` and `s` (a step counted from 1) in place of any there,
 * or without them when no lesson is open: a reload then comes back to the same step.
 */
export function fragmentWithLesson(hash: string, lesson: { id: string; step: number } | null): string {
  const rest = fragmentWithout(hash, ['l', 's']).replace(/^#/, '');
  const parts = [
    ...(lesson ? [`l=${encodeURIComponent(lesson.id)}`, `s=${lesson.step}`] : []),
    ...(rest === '' ? [] : [rest]),
  ];
  return parts.length > 0 ? `#${parts.join('&')}` : '';
}
