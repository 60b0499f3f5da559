import type { Problem, Topology } from '../model/index.ts';
import { decodeDocument } from './codec.ts';
import { readLinkParts } from './link.ts';
import { problemLines } from './problemLines.ts';

/**
 * The view state a link carries beside the design (SIMULATION.md, "Link format"): the lesson and
 * its step, view-only mode, and a challenge's goals (still encoded: the classroom decodes them).
 */
export type LinkView = { lesson?: string; step?: number; viewOnly: boolean; challenge?: string; name?: string; handedIn?: number };

/** What the page's fragment asks for. */
export type LocationLink =
  /** No link here (no fragment, or only keys IOV Studio does not know). */
  | { kind: 'none' }
  /** View state alone: what is left in the address after a design was opened from it. */
  | { kind: 'view'; view: LinkView }
  | { kind: 'design'; topology: Topology; view: LinkView; upgradedFrom?: number }
  /** The design could not be read: every problem, each saying what to do. */
  | { kind: 'refused'; problems: string[]; view: LinkView };

const ADVICE = 'Ask its author to copy the link again, or to send the design as a file (.iov.json).';

/** The page's fragment (`location.hash`), read through the link codec: capped, migrated, never throws. */
export function readLocationLink(hash: string): LocationLink {
  if (hash === '' || hash === '#') return { kind: 'none' };
  const read = readLinkParts(hash);
  if (!read.ok) return { kind: 'refused', problems: [read.message], view: { viewOnly: false } };
  const { document, lesson, step, viewOnly, challenge, name, handedIn } = read.parts;
  const view: LinkView = {
    viewOnly: viewOnly ?? false, ...(lesson && { lesson }), ...(step !== undefined && { step }), ...(challenge && { challenge }),
    ...(name && { name }), ...(handedIn !== undefined && { handedIn }),
  };
  if (document === undefined) return lesson || step !== undefined || viewOnly || challenge ? { kind: 'view', view } : { kind: 'none' };
  const decoded = decodeDocument(document);
  if (decoded.ok) return { kind: 'design', topology: decoded.topology, view, ...(decoded.upgradedFrom !== undefined && { upgradedFrom: decoded.upgradedFrom }) };
  return { kind: 'refused', problems: describeProblems(decoded.problems), view };
}

/** The codec's own messages say what to do; a design that fails validation gets the advice added. */
function describeProblems(problems: readonly Problem[]): string[] {
  if (problems.every((p) => p.path === '(link)')) return problems.map((p) => p.message);
  return ['The link holds a design that is not valid:', ...problemLines(problems), ADVICE];
}

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
 * The fragment to leave once the address's link was dealt with. A refused link changes nothing,
 * its view state included: the address goes back to what it was before (`previous`, the fragment
 * of a page already open), or to none on a page that opened with it; a reload then neither opens
 * a lesson or view-only mode the refused link asked for nor repeats the refusal. Otherwise the
 * design goes and the view state stays (fragmentWithout).
 */
export function fragmentAfter(link: LocationLink, hash: string, previous = ''): string {
  if (link.kind !== 'refused') return fragmentWithout(hash);
  return readLocationLink(previous).kind === 'refused' ? '' : previous;
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
