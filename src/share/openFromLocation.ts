import type { Problem } from '../model/index.ts';
import { decodeChallenge } from './challengeCodec.ts';
import { decodeDocument } from './codec.ts';
import { readLinkParts } from './link.ts';
import { fragmentWithout, type LinkView, type LocationLink } from './linkFragment.ts';
import { problemLines } from './problemLines.ts';

export { fragmentWithLesson, fragmentWithout, type LinkView, type LocationLink } from './linkFragment.ts';

const ADVICE = 'Ask its author to copy the link again, or to send the design as a file (.iov.json).';

/** The page's fragment (`location.hash`), read through the link codec: capped, migrated, never throws. */
export function readLocationLink(hash: string): LocationLink {
  if (hash === '' || hash === '#') return { kind: 'none' };
  const read = readLinkParts(hash);
  if (!read.ok) return { kind: 'refused', problems: [read.message], view: { viewOnly: false } };
  const { document, lesson, step, viewOnly, challenge, name, handedIn } = read.parts;
  const view: LinkView = {
    viewOnly: viewOnly ?? false, ...(lesson && { lesson }), ...(step !== undefined && { step }), ...(challenge && { challenge }),
    ...forbiddenBy(challenge), ...(name && { name }), ...(handedIn !== undefined && { handedIn }),
  };
  if (document === undefined) return lesson || step !== undefined || viewOnly || challenge ? { kind: 'view', view } : { kind: 'none' };
  const decoded = decodeDocument(document);
  if (decoded.ok) return { kind: 'design', topology: decoded.topology, view, ...(decoded.upgradedFrom !== undefined && { upgradedFrom: decoded.upgradedFrom }) };
  return { kind: 'refused', problems: describeProblems(decoded.problems), view };
}

/**
 * The commands a link's challenge forbids, decoded as the link is read: the page's rules
 * (store/challengeRules.ts) need them at once, before the classroom's panel (which decodes the
 * goals again, and says what is wrong with a damaged challenge) has loaded.
 */
function forbiddenBy(challenge: string | undefined): Pick<LinkView, 'forbid'> {
  if (!challenge) return {};
  const decoded = decodeChallenge(challenge);
  return decoded.ok && decoded.challenge.forbid ? { forbid: decoded.challenge.forbid } : {};
}

/** The codec's own messages say what to do; a design that fails validation gets the advice added. */
function describeProblems(problems: readonly Problem[]): string[] {
  if (problems.every((p) => p.path === '(link)')) return problems.map((p) => p.message);
  return ['The link holds a design that is not valid:', ...problemLines(problems), ADVICE];
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
