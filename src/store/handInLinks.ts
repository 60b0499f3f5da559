import type { HandIn, RefusedRow } from '../curriculum/gradeSheet.ts';
import { challengeFingerprint, decodeChallenge, openLink, pack } from '../share/index.ts';

/** More hand-ins than a class: the rest of a pasted text is not read (and the sheet says so). */
export const MAX_HAND_INS = 200;

export type PastedHandIns = { handIns: HandIn[]; refused: RefusedRow[]; skipped: number };

/** Shown for a line in a refused row: its start, enough to find it in the pasted text. */
const excerpt = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

/**
 * The hand-in links of a pasted text (or a text file), one per line; blank lines are skipped. Each
 * goes through the share codec, the one path links take (capped, migrated, never trusted); a line
 * that is not a hand-in becomes a row saying why, and the others are still graded.
 */
export function readHandIns(text: string): PastedHandIns {
  const lines = text.split(/\r?\n/).map((t, i) => ({ line: i + 1, text: t.trim() })).filter((l) => l.text !== '');
  const handIns: HandIn[] = [];
  const refused: RefusedRow[] = [];
  for (const { line, text: link } of lines.slice(0, MAX_HAND_INS)) {
    const read = readHandIn(line, link);
    if ('problem' in read) refused.push(read);
    else handIns.push(read);
  }
  return { handIns, refused, skipped: Math.max(0, lines.length - MAX_HAND_INS) };
}

function readHandIn(line: number, link: string): HandIn | RefusedRow {
  const refuse = (problem: string): RefusedRow => ({ kind: 'refused', line, text: excerpt(link), problem });
  const opened = openLink(link);
  if (!opened.ok) return refuse(opened.problems[0]?.message ?? 'This line is not a link IOV Studio can open.');
  const encoded = opened.parts?.challenge;
  if (!encoded) return refuse('This link holds a design but no challenge (no "c=" part): it is not a hand-in.');
  const decoded = decodeChallenge(encoded);
  if (!decoded.ok) return refuse(decoded.problems[0]?.message ?? 'The challenge in this link cannot be read.');
  const topology = opened.topology;
  return {
    line, name: opened.parts?.name ?? '(no name)', handedIn: opened.parts?.handedIn, topology,
    challenge: decoded.challenge, fingerprint: challengeFingerprint(decoded.challenge),
    // The design's name aside: a copy renamed is still the same design.
    designKey: JSON.stringify(pack({ ...topology, name: '' })),
  };
}
