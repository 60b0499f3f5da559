import { deflateSync } from 'fflate';
import { capProblems, ChallengeSchema, describeIssue, fingerprint, type Challenge, type Problem } from '../model/index.ts';
import { decodeBase64url, encodeBase64url } from './base64url.ts';
import { CODEC_VERSION } from './codec.ts';
import { inflateCapped } from './inflateCapped.ts';

/** A challenge's goals are small: 64 KB of JSON is far more than twelve goals need. */
const MAX_CHALLENGE_BYTES = 64 * 1024;
const MAX_CHALLENGE_CHARS = 4096;

/** The `c` part of a link: the same framing as a document (version, deflate-raw, base64url), the goals as JSON. */
export function encodeChallenge(challenge: Challenge): string {
  return CODEC_VERSION + encodeBase64url(deflateSync(new TextEncoder().encode(canonicalChallenge(challenge)), { level: 9 }));
}

/** The goals' JSON with keys in a fixed order: what the fingerprint is taken of. */
export function canonicalChallenge(challenge: Challenge): string {
  return JSON.stringify(ChallengeSchema.parse(challenge));
}

/**
 * A short hash of the goals, shown to the instructor when composing and beside the verdicts when a
 * student's answer is opened: if it matches, the goals are theirs, unedited.
 */
export function challengeFingerprint(challenge: Challenge): string {
  return fingerprint(canonicalChallenge(challenge));
}

const refuse = (message: string) => ({ ok: false as const, problems: [{ path: '(challenge)', message }] });

export function decodeChallenge(encoded: string): { ok: true; challenge: Challenge } | { ok: false; problems: Problem[] } {
  if (encoded.length > MAX_CHALLENGE_CHARS) return refuse('The challenge in this link is far longer than any challenge: it was refused unread.');
  if (encoded[0] !== CODEC_VERSION) return refuse('The challenge in this link is damaged or from a newer IOV Studio.');
  const bytes = decodeBase64url(encoded.slice(1));
  if (!bytes.ok) return refuse('The challenge in this link is damaged: ask for the link again.');
  const inflated = inflateCapped(bytes.bytes, MAX_CHALLENGE_BYTES);
  if (!inflated.ok) return refuse('The challenge in this link is damaged: ask for the link again.');
  try {
    const parsed = ChallengeSchema.safeParse(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes)));
    // The same words as a design's problems: values from the link quoted capped and escaped.
    if (!parsed.success) return { ok: false, problems: capProblems(parsed.error.issues.map((issue) => { const p = describeIssue(issue); return { path: `challenge.${p.path}`, message: p.message }; })) };
    return { ok: true, challenge: parsed.data };
  } catch {
    return refuse('The challenge in this link is damaged: ask for the link again.');
  }
}
